package io.waymark.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waymark.client.Client;
import io.waymark.common.Clocks;
import io.waymark.common.Spreadsheet;
import io.waymark.common.Words;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The audit trail as a person reads it: one entry per act (the records one request changed together share its
 * moment), records and fields in words, linked records and internal ids left out, and the client by reference.
 */
@ApplicationScoped
public class AuditReading {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final TypeReference<LinkedHashMap<String, List<String>>> CHANGES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    /** The columns of the trail downloaded as a file: the page's, one act a row. */
    public static final List<Spreadsheet.Column<Entry>> COLUMNS = List.of(
            new Spreadsheet.Column<>("When", e -> e.when().atZoneSameInstant(Clocks.UK).toLocalDateTime()
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ')),
            new Spreadsheet.Column<>("Who", Entry::who),
            new Spreadsheet.Column<>("Client", Entry::clientReference),
            new Spreadsheet.Column<>("What was done", e -> String.join("; ", e.lines())));

    /** One act: who, when, about which client, and what it did, a line each. */
    public record Entry(OffsetDateTime when, String who, UUID clientId, String clientReference, List<String> lines) {
    }

    public List<Entry> entries(List<AuditEvent> events) {
        Map<UUID, String> references = new HashMap<>();
        List<UUID> clients = events.stream().map(e -> e.clientId).filter(Objects::nonNull).distinct().toList();
        if (!clients.isEmpty()) {
            Client.<Client>list("id in ?1", clients).forEach(c -> references.put(c.id, c.reference));
        }
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (AuditEvent event : events) {
            boolean sameAct = current != null && current.when().equals(event.occurredAt) && current.who().equals(event.actor)
                    && Objects.equals(current.clientId(), event.clientId);
            if (!sameAct) {
                current = new Entry(event.occurredAt, event.actor, event.clientId, references.get(event.clientId),
                        new ArrayList<>());
                entries.add(current);
            }
            current.lines().add(line(event));
        }
        return entries;
    }

    private String line(AuditEvent event) {
        String record = words(event.entity);
        String verb = switch (event.action) {
            case CREATE -> "Added " + record;
            case UPDATE -> "Changed " + record;
            case DELETE -> "Removed " + record;
            case READ -> "Document".equals(event.entity) ? "Downloaded a document's file"
                    : "Opened the " + record + "'s record";
        };
        List<String> fields = new ArrayList<>();
        if (event.changes != null && event.action != AuditAction.READ) {
            try {
                json.readValue(event.changes, CHANGES).forEach((field, values) -> {
                    String before = shown(values.get(0));
                    String after = shown(values.get(1));
                    if (before == null && after == null) {
                        return;
                    }
                    String name = Words.sentence(field);
                    fields.add(event.action == AuditAction.UPDATE ? name + " " + (before == null ? "(empty)" : before)
                            + " → " + (after == null ? "(empty)" : after) : name + ": " + (after != null ? after : before));
                });
            } catch (Exception unreadable) {
                fields.add("(changes not readable)");
            }
        }
        return fields.isEmpty() ? verb : verb + ": " + String.join("; ", fields);
    }

    /** A value as a person reads it: a linked record's id is left out, a code is written as words. */
    private static String shown(String value) {
        if (value == null || ID.matcher(value).matches()) {
            return null;
        }
        return value.matches("[A-Z][A-Z_]+") ? Words.sentence(value) : value;
    }

    private static String words(String entity) {
        return Words.sentence(entity).toLowerCase();
    }
}
