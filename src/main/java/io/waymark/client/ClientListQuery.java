package io.waymark.client;

import io.waymark.common.PageOf;
import io.waymark.common.ReadOnlyWork;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.CustomFieldView;
import io.waymark.customfield.FieldRecord;
import io.waymark.lists.ListName;
import io.waymark.lists.ListService;
import io.waymark.lists.ListValueView;
import io.waymark.staff.StaffService;
import io.waymark.staff.TeamRole;
import io.waymark.staff.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Reads the client list page in one go: a page of clients in pathway order, and the workers and teams to filter by. */
@ApplicationScoped
public class ClientListQuery {

    /** Clients on one page of the list. */
    static final int PAGE_SIZE = 25;

    @Inject
    ClientService clients;

    @Inject
    StaffService staff;

    @Inject
    TeamService teams;

    @Inject
    Clock clock;

    /** A client as a row of the list: enough to tell people apart and see where they are. */
    public record Row(UUID id, String reference, String name, LocalDate dateOfBirth, int age, Stage stage,
            ClientStatus status, String workerName, String teamName) {
    }

    public record Choice(String value, String label) {
    }

    public record ClientList(PageOf<Row> clients, List<Choice> workers, List<Choice> teams,
            List<CustomFieldView> ownFields, List<ListValueView> programmes) {
    }

    @Inject
    CustomFieldService fields;

    @Inject
    ListService lists;

    @Transactional
    @ReadOnlyWork
    public ClientList of(ClientSearch search, int page) {
        LocalDate today = LocalDate.now(clock);
        PageOf<Row> rows = clients.search(search, page, PAGE_SIZE, "pathway").map(c -> new Row(c.id(), c.reference(),
                c.firstName() + " " + c.lastName(), c.dateOfBirth(), Period.between(c.dateOfBirth(), today).getYears(),
                c.currentStage(), c.status(), c.workerName(), c.teamName()));
        return new ClientList(rows,
                staff.list().stream().filter(s -> s.teamRole == TeamRole.WORKER)
                        .sorted(Comparator.comparing(s -> s.displayName))
                        .map(s -> new Choice(s.id.toString(), s.displayName)).toList(),
                teams.list().stream().map(t -> new Choice(t.id.toString(), t.name)).toList(),
                fields.asked(FieldRecord.CLIENT), lists.current().offered(ListName.PROGRAMME, List.of()));
    }
}
