package io.waymark.customfield;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A field as the API shows it; {@code version} is what a change must send back in If-Match. */
public record CustomFieldView(UUID id, FieldRecord record, String key, String label, FieldKind kind,
        List<String> options, boolean required, boolean personal, int position, LocalDate retiredOn, int version) {

    /** The field's name on a form and in a refusal: {@code custom.parental_status}. */
    public String formId() {
        return CustomFieldService.PREFIX + key;
    }
}
