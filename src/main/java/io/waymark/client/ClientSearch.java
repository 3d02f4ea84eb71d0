package io.waymark.client;

import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import java.util.UUID;

/**
 * Filters for the client list; any may be null. {@code text} finds a client by reference, name (typos allowed),
 * date of birth, phone, email, postcode or National Insurance number. {@code field} and {@code fieldValue}: one of
 * the organisation's own fields, and the value the clients have in it (for several from a list, among theirs).
 * {@code programme}: one of the organisation's programmes by code or name; a national one finds every client counted
 * in it, its own programmes' clients too.
 */
public record ClientSearch(String text, Stage stage, ClientStatus status, UUID workerId, UUID teamId,
        String programme, String field, String fieldValue) {

    /** The most characters a search's text may have. */
    public static final int MAX_TEXT = 100;

    /** The filters as a request gives them (text), each refused by its name when it is not a value it can take. */
    public static ClientSearch parse(String text, String stage, String status, String workerId, String teamId,
            String programme, String field, String fieldValue) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInput("q", "use at most " + MAX_TEXT + " characters");
        }
        if (fieldValue != null && fieldValue.length() > MAX_TEXT) {
            throw new InvalidInput("fieldValue", "use at most " + MAX_TEXT + " characters");
        }
        return new ClientSearch(text, Params.enumValue(Stage.class, "stage", stage),
                Params.enumValue(ClientStatus.class, "status", status), Params.uuid("workerId", workerId),
                Params.uuid("teamId", teamId), programme == null || programme.isBlank() ? null : programme.strip(),
                field == null || field.isBlank() ? null : field.strip(), fieldValue);
    }

    public static ClientSearch forText(String text) {
        return new ClientSearch(text, null, null, null, null, null, null, null);
    }
}
