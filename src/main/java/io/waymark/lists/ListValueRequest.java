package io.waymark.lists;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An organisation's own value as an administrator adds or changes it. {@code code} (capitals, digits and _) is fixed
 * once the value exists: records keep it. {@code countsAs} is the national value it is counted as (required, except
 * for a local authority); {@code outcomeDefinition}, for a programme, the outcome definition (own or shipped) whose
 * follow-up schedule its jobs get. {@code position} orders the list on the forms.
 */
public record ListValueRequest(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}",
                message = "must start with a capital letter and have only capitals, digits and _ (at most 40)")
        String code,
        @NotBlank @Size(max = 100) String label,
        String countsAs,
        UUID outcomeDefinition,
        @Min(0) @Max(1000) int position) {
}
