package io.waymark.common;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail; {@code errors} names each bad field and why, and {@code extensions} adds the
 * figures a client needs to act (e.g. a worker's caseload and limit) as top-level members.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @JsonAnyGetter
    Map<String, Object> members() {
        return extensions;
    }

    public record FieldError(String field, String message) {
    }
}
