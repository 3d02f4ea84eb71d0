package io.waymark.customfield;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;

/** A record's own fields as a page shows them: {@code job.custom.shownWith(fields)}. */
@TemplateExtension
public final class OwnFieldLabels {

    private OwnFieldLabels() {
    }

    static List<CustomFieldService.Shown> shownWith(Map<String, Object> values, List<CustomFieldView> fields) {
        return CustomFieldService.shown(fields, values);
    }
}
