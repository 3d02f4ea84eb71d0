package io.waymark.message;

import io.quarkus.scheduler.Scheduled;
import io.waymark.caseload.Assignment;
import io.waymark.caseload.ClientAssigned;
import io.waymark.common.Clocks;
import io.waymark.contact.PlannedContactView;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import io.waymark.referral.ReferralReceived;
import io.waymark.security.Can;
import io.waymark.security.Roles;
import io.waymark.staff.Staff;
import io.waymark.staff.StaffView;
import io.waymark.staff.TeamRole;
import io.waymark.today.Today;
import io.waymark.today.TodayQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * What staff are emailed, each only what they chose: a client given to them, a referral waiting for review (team
 * leads), and at 07:00 a digest of what is due today (workers). The emails name clients by their reference only: the
 * rest is in Waymark, behind its sign-in.
 */
@ApplicationScoped
public class StaffMessages {

    private static final Logger LOG = Logger.getLogger(StaffMessages.class);

    @Inject
    Outbox outbox;

    @Inject
    TodayQuery todayQuery;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    void assigned(@Observes ClientAssigned assigned) {
        Assignment assignment = assigned.assignment();
        Staff worker = assignment.toWorker;
        outbox.writeToStaff(worker, MessageKind.CLIENT_ASSIGNED, assignment.id,
                "A client is on your caseload: " + assignment.client.reference,
                "Dear " + worker.displayName + ",\n\n" + assignment.client.reference + " is now on your caseload"
                        + (assignment.reason == null ? "" : " (" + assignment.reason + ")")
                        + ". Open Waymark to see their record.\n");
    }

    void referralWaiting(@Observes ReferralReceived received) {
        for (Staff lead : Staff.<Staff>list("roles like ?1", "%" + Roles.TEAM_LEAD + "%")) {
            outbox.writeToStaff(lead, MessageKind.REFERRAL_WAITING, UUID.nameUUIDFromBytes(
                            (received.referral().id + "/" + lead.id).getBytes(StandardCharsets.UTF_8)),
                    "A referral is waiting for review",
                    "Dear " + lead.displayName + ",\n\nA new referral" + (received.referral().partner == null
                            ? " came through your public form" : " came from " + received.referral().partner)
                            + ". Open Referrals to review in Waymark to accept or decline it.\n");
        }
    }

    @Scheduled(cron = "{waymark.messages.digest-cron:0 0 7 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void morning() {
        LOG.infof("Morning digests: %d written", writeDigests());
    }

    /** Writes, in every organisation, each worker's digest of today, if anything is due; once a day each. */
    public int writeDigests() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.UK));
        return organisations.forEachOrganisation(organisation -> {
            int written = 0;
            for (Staff worker : Staff.<Staff>list("teamRole = ?1 and email is not null", TeamRole.WORKER)) {
                String body = digest(worker, organisation, today);
                if (body != null) {
                    written += outbox.writeToStaff(worker, MessageKind.MORNING_DIGEST, UUID.nameUUIDFromBytes(
                                    (worker.id + "/" + today).getBytes(StandardCharsets.UTF_8)),
                            "Due today, " + today, body);
                }
            }
            return written;
        });
    }

    /** The worker's day as their "Today" page has it, by client reference; null when nothing is due. */
    private String digest(Staff worker, Organisation organisation, LocalDate today) {
        TreeSet<String> roles = new TreeSet<>(Arrays.asList(worker.roles.split(",")));
        Today day = todayQuery.of(new StaffView(worker.id, worker.username, worker.displayName, worker.email,
                organisation.code, organisation.name, roles, Can.of(roles)), null);
        List<PlannedContactView> planned = day.planned().stream().filter(p -> !p.met()
                && p.plannedFor().atZoneSameInstant(Clocks.UK).toLocalDate().equals(today)).toList();
        long checks = day.followUps().stream().filter(f -> !f.dueOn().isAfter(today)).count();
        long reviews = day.reviews().stream().filter(r -> !r.reviewDate().isAfter(today)).count();
        if (planned.isEmpty() && checks == 0 && reviews == 0) {
            return null;
        }
        StringBuilder body = new StringBuilder("Good morning " + worker.displayName + ",\n\nDue today:\n");
        planned.forEach(p -> body.append("- ").append(p.plannedFor().atZoneSameInstant(Clocks.UK).toLocalTime())
                .append(" ").append(p.channel().name().toLowerCase().replace('_', ' ')).append(" with ")
                .append(p.clientReference()).append('\n'));
        if (checks > 0) {
            body.append("- ").append(checks).append(" sustainment check").append(checks == 1 ? "" : "s")
                    .append(" due or overdue\n");
        }
        if (reviews > 0) {
            body.append("- ").append(reviews).append(" action-plan review").append(reviews == 1 ? "" : "s")
                    .append(" due or overdue\n");
        }
        return body.append("\nOpen Today in Waymark for the details.\n").toString();
    }
}
