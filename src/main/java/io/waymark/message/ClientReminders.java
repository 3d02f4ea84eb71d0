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
import java.util.Map;
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
    MessageTemplates templates;

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
            written += outbox.write(contact.client, MessageKind.PLANNED_CONTACT_REMINDER, contact.id,
                    templates.words(MessageKind.PLANNED_CONTACT_REMINDER, Map.of(Placeholder.NAME,
                            name(contact.client), Placeholder.WORKER, contact.plannedBy.displayName, Placeholder.HOW,
                            how(contact.channel), Placeholder.TIME, contact.plannedFor.atZoneSameInstant(Clocks.UK)
                                    .toLocalTime().toString(), Placeholder.ORGANISATION, organisation.name),
                            null, null));
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
            written += outbox.write(job.client, MessageKind.SUSTAINMENT_CHECK, check.id,
                    templates.words(MessageKind.SUSTAINMENT_CHECK, Map.of(Placeholder.NAME, name(job.client),
                            Placeholder.JOB, job.jobTitle, Placeholder.SINCE, check.label, Placeholder.ORGANISATION,
                            organisation.name), null, null));
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
