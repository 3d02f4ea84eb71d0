package io.waymark.report;

import io.quarkus.qute.TemplateExtension;
import io.waymark.web.Labels;

/** A report's figures as read on the pages. */
@TemplateExtension
public final class ReportLabels {

    private ReportLabels() {
    }

    /** A percentage: "66.7%", or what is shown instead ("suppressed", "–"). */
    static String percent(Figure figure) {
        return figure.isShown() ? figure.shown() + "%" : figure.shown();
    }

    /** A money figure: "£15,920.00". */
    static String pounds(Figure figure) {
        return figure.isShown() ? Labels.inPounds(figure.value()) : figure.shown();
    }
}
