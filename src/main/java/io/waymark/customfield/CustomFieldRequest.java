package io.waymark.customfield;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A field as an administrator defines it. {@code key} (lower case letters, digits and _) and {@code kind} are fixed
 * once the field exists; {@code options} are the values of a listed kind, which may be added to but not taken away
 * (records keep the values they have). {@code position} orders the fields on the forms. {@code record}: the record
 * the field is on, {@code CLIENT} (when left out) or {@code JOB_OUTCOME}; fixed once the field exists.
 */
public record CustomFieldRequest(
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,39}",
                message = "must start with a letter and have only lower case letters, digits and _ (at most 40)")
        String key,
        @NotBlank @Size(max = 100) String label,
        @NotNull FieldKind kind,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> options,
        boolean required,
        boolean personal,
        @Min(0) @Max(1000) int position,
        FieldRecord record) {

    /** The record the field is on: the client's unless the request says a job outcome's. */
    public FieldRecord recordOrClient() {
        return record == null ? FieldRecord.CLIENT : record;
    }
}
