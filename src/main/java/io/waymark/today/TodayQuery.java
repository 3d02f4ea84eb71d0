package io.waymark.today;

import io.waymark.actionplan.ActionPlanService;
import io.waymark.assessment.BookingService;
import io.waymark.caseload.CaseloadRatios;
import io.waymark.client.Client;
import io.waymark.client.ClientService;
import io.waymark.client.Stage;
import io.waymark.common.Clocks;
import io.waymark.common.ReadOnlyWork;
import io.waymark.contact.ContactService;
import io.waymark.outcome.OutcomeService;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Reads a worker's day from the features that hold its parts, in one transaction (one connection). */
@ApplicationScoped
public class TodayQuery {

    @Inject
    ClientService clients;

    @Inject
    CaseloadRatios ratios;

    @Inject
    ContactService contacts;

    @Inject
    BookingService bookings;

    @Inject
    OutcomeService outcomes;

    @Inject
    ActionPlanService plans;

    @Inject
    Clock clock;

    @Transactional
    @ReadOnlyWork
    public Today of(Staff me, Stage only) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, LocalDate> nextReviews = plans.nextReviews(me);
        List<Client> caseload = clients.caseloadOf(me);
        Map<UUID, OffsetDateTime> lastContacts = contacts.lastContacts(caseload);
        Set<UUID> booked = Set.copyOf(bookings.clientsBookedOf(me));
        List<Today.CaseloadRow> rows = caseload.stream()
                .filter(c -> only == null || c.currentStage == only)
                .map(c -> new Today.CaseloadRow(c.id.toString(), c.reference, c.firstName + " " + c.lastName,
                        c.currentStage, ChronoUnit.DAYS.between(c.stageEnteredOn, today), nextReviews.get(c.id),
                        Optional.ofNullable(lastContacts.get(c.id)).map(t -> t.atZoneSameInstant(Clocks.UK).toLocalDate())
                                .orElse(null),
                        booked.contains(c.id) ? null : c.assessmentDueOn()))
                .toList();
        return new Today(ratios.worker(me), rows, Arrays.asList(Stage.values()), only, contacts.dueToday(me),
                outcomes.dueFor(me), plans.reviewsDueFor(me));
    }
}
