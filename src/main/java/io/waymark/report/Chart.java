package io.waymark.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as SVG on the server, with the geometry worked out here so that the template only
 * places it. A suppressed figure draws no bar and shows what the reader sees ("<5"). The numbers are always in a
 * table beside the chart.
 */
public record Chart(String id, String title, String valueHeading, String shareHeading, List<Bar> bars, int height) {

    static final int BAR_HEIGHT = 22;
    static final int GAP = 8;
    static final int LABEL_WIDTH = 170;
    static final int LONGEST_BAR = 180;

    /** One bar: its label, the figure as shown, and where it is drawn. */
    public record Bar(String label, String shown, String share, int y, int width) {

        public int textY() {
            return y + 16;
        }

        public int valueX() {
            return LABEL_WIDTH + width + 6;
        }

        public int barX() {
            return LABEL_WIDTH;
        }
    }

    record Value(String label, Figure figure, Figure share) {
    }

    static Chart of(String id, String title, String valueHeading, String shareHeading, List<Value> values) {
        double most = values.stream().mapToDouble(v -> v.figure().magnitude()).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int y = 0;
        for (Value value : values) {
            int width = most <= 0 ? 0 : (int) Math.round(LONGEST_BAR * value.figure().magnitude() / most);
            bars.add(new Bar(value.label(), value.figure().shown(), ReportLabels.percent(value.share()), y, width));
            y += BAR_HEIGHT + GAP;
        }
        return new Chart(id, title, valueHeading, shareHeading, bars, Math.max(y - GAP, BAR_HEIGHT));
    }

    static Chart ofPortions(String id, String title, String shareHeading, List<Portion> portions) {
        return of(id, title, "People", shareHeading,
                portions.stream().map(p -> new Value(p.label(), p.count(), p.share())).toList());
    }

    /** The report's four pictures: stage funnel, outcome split, hours bands, and the trend by quarter. */
    static List<Chart> of(OutcomeReport report) {
        return List.of(
                ofPortions("funnel", "Stage reached by the end of the period", "Of people supported",
                        report.stageFunnel()),
                ofPortions("split", "Job outcomes by type", "Of people with a job outcome", report.outcomeTypes()),
                ofPortions("hours", "Hours a week of the job outcomes", "Of people with a job outcome",
                        report.hours().bands()),
                of("trend", "People with a job outcome, by quarter", "People", "Job outcome rate", report.trend().stream()
                        .map(q -> new Value(q.quarter(), q.peopleWithJobOutcome(), q.jobOutcomeRate())).toList()));
    }
}
