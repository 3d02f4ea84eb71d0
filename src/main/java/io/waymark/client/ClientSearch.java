package io.waymark.client;

import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import java.util.UUID;

/**
 * Filters for the client list; any may be null. {@code text} finds a client by reference, name (typos allowed),
 * date of birth, phone, email, postcode or National Insurance number.
 */
public record ClientSearch(String text, Stage stage, ClientStatus status, UUID workerId, UUID teamId,
        Programme programme) {

    /** The most characters a search's text may have. */
    public static final int MAX_TEXT = 100;

    /** The filters as a request gives them (text), each refused by its name when it is not a value it can take. */
    public static ClientSearch parse(String text, String stage, String status, String workerId, String teamId,
            String programme) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInput("q", "use at most " + MAX_TEXT + " characters");
        }
        return new ClientSearch(text, Params.enumValue(Stage.class, "stage", stage),
                Params.enumValue(ClientStatus.class, "status", status), Params.uuid("workerId", workerId),
                Params.uuid("teamId", teamId), Params.enumValue(Programme.class, "programme", programme));
    }

    public static ClientSearch forText(String text) {
        return new ClientSearch(text, null, null, null, null, null);
    }
}
