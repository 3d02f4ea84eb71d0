package io.waymark.message;

import io.quarkus.scheduler.Scheduled;
import io.waymark.client.Client;
import io.waymark.common.Clocks;
import io.waymark.contact.ContactChannel;
import io.waymark.contact.PlannedContact;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import io.waymark.outcome.FollowUp;
import io.waymark.outcome.JobOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The other messages a client may agree to: a reminder the day before a contact their worker planned with them, and
 * on the day a sustainment check falls due, the check's question, "are you still in work?". Written each hour, once
 * each, by the channels the client agreed to.
 */
@ApplicationScoped
public class ClientReminders {

    private static final Logger LOG = Logger.getLogger(ClientReminders.class);

    @Inject
    Outbox outbox;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    @Scheduled(cron = "{waymark.messages.reminder-cron:0 0 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        LOG.infof("Contact reminders and sustainment checks: %d written", writeDue());
    }

    /** Writes, in every organisation, tomorrow's contact reminders and today's sustainment checks. */
    public int writeDue() {
        LocalDate today = LocalDate.now(clock.withZone(Clocks.UK));
        return organisations.forEachOrganisation(organisation -> contactReminders(organisation, today.plusDays(1))
                + sustainmentChecks(organisation, today));
    }

    private int contactReminders(Organisation organisation, LocalDate day) {
        List<PlannedContact> planned = PlannedContact.list("""
                from PlannedContact p join fetch p.client join fetch p.plannedBy
                where p.plannedFor >= ?1 and p.plannedFor < ?2""", day.atStartOfDay(Clocks.UK).toOffsetDateTime(),
                day.plusDays(1).atStartOfDay(Clocks.UK).toOffsetDateTime());
        int written = 0;
        for (PlannedContact contact : planned) {
            String time = contact.plannedFor.atZoneSameInstant(Clocks.UK).toLocalTime().toString();
            String what = contact.plannedBy.displayName + " " + how(contact.channel) + " tomorrow at " + time;
            written += outbox.write(contact.client, MessageKind.PLANNED_CONTACT_REMINDER, contact.id, new Outbox.Words(
                    "Reminder: " + what, "Dear " + name(contact.client) + ",\n\nA reminder: " + what
                            + ". If the time no longer suits you, please tell them.\n\n" + organisation.name + "\n",
                    null, null, "Reminder: " + what + ". " + organisation.name));
        }
        return written;
    }

    private int sustainmentChecks(Organisation organisation, LocalDate today) {
        List<FollowUp> due = FollowUp.list("""
                from FollowUp f join fetch f.jobOutcome j join fetch j.client
                where f.dueOn = ?1 and f.answer is null""", today);
        int written = 0;
        for (FollowUp check : due) {
            JobOutcome job = check.jobOutcome;
            String question = "Are you still working as " + job.jobTitle + "?";
            written += outbox.write(job.client, MessageKind.SUSTAINMENT_CHECK, check.id, new Outbox.Words(
                    "Are you still in work?", "Dear " + name(job.client) + ",\n\nIt is " + check.label
                            + " since you started your job. " + question + " Please let your employment worker know,"
                            + " whether you are or not: it helps us support you and others.\n\n" + organisation.name
                            + "\n", null, null, question + " Please let your employment worker know. "
                            + organisation.name));
        }
        return written;
    }

    private static String how(ContactChannel channel) {
        return switch (channel) {
            case PHONE -> "will phone you";
            case VIDEO -> "will call you by video";
            case FACE_TO_FACE -> "will meet you";
            case TEXT -> "will text you";
            case EMAIL -> "will email you";
        };
    }

    private static String name(Client client) {
        return client.preferredName != null ? client.preferredName : client.firstName;
    }
}
