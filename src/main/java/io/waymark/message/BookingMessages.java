package io.waymark.message;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.scheduler.Scheduled;
import io.waymark.assessment.AssessmentBooked;
import io.waymark.assessment.Booking;
import io.waymark.assessment.BookingStatus;
import io.waymark.common.Clocks;
import io.waymark.organisation.OrganisationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * The messages about a health and wellbeing assessment: a confirmation when it is booked (with the appointment as an
 * .ics file), and a reminder the day before. Only by the channels the client agreed to.
 */
@ApplicationScoped
public class BookingMessages {

    private static final Logger LOG = Logger.getLogger(BookingMessages.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirmation(String name, String when, String place, String advisor,
                String organisation);

        static native TemplateInstance reminder(String name, String when, String place, String advisor,
                String organisation);
    }

    @Inject
    Outbox outbox;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    /** In the booking's transaction: the confirmation is in the outbox if and only if the booking is saved. */
    void confirm(@Observes AssessmentBooked booked) {
        Booking booking = booked.booking();
        String when = when(booking);
        String organisation = organisations.current().name;
        outbox.write(booking.client, MessageKind.BOOKING_CONFIRMATION, booking.id, new Outbox.Words(
                "Your health and wellbeing assessment on " + when,
                Templates.confirmation(name(booking), when, booking.slot.place, booking.slot.advisor.displayName,
                        organisation).render(),
                "assessment.ics", booking.invitation(clock.instant()),
                "Your health and wellbeing assessment is booked for " + when + " at " + booking.slot.place + ". "
                        + organisation));
    }

    @Scheduled(cron = "{waymark.messages.reminder-cron:0 0 * * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void hourly() {
        LOG.infof("Reminders: %d written", remindOfTomorrow());
    }

    /**
     * Writes, in every organisation, the reminders of the assessments booked for tomorrow (UK); run each hour, so a
     * booking made today for tomorrow is reminded too, and once only.
     */
    public int remindOfTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(Clocks.UK)).plusDays(1);
        return organisations.forEachOrganisation(organisation -> {
            List<Booking> due = Booking.list("""
                    from Booking b join fetch b.slot s join fetch s.advisor join fetch b.client
                    where b.status = ?1 and s.startsAt >= ?2 and s.startsAt < ?3""", BookingStatus.BOOKED,
                    tomorrow.atStartOfDay(Clocks.UK).toOffsetDateTime(),
                    tomorrow.plusDays(1).atStartOfDay(Clocks.UK).toOffsetDateTime());
            int count = 0;
            for (Booking booking : due) {
                String when = when(booking);
                count += outbox.write(booking.client, MessageKind.BOOKING_REMINDER, booking.id, new Outbox.Words(
                        "Reminder: your health and wellbeing assessment tomorrow",
                        Templates.reminder(name(booking), when, booking.slot.place,
                                booking.slot.advisor.displayName, organisation.name).render(),
                        "assessment.ics", booking.invitation(clock.instant()),
                        "Reminder: your health and wellbeing assessment is tomorrow, " + when + " at "
                                + booking.slot.place + ". " + organisation.name));
            }
            return count;
        });
    }

    private static String name(Booking booking) {
        return booking.client.preferredName != null ? booking.client.preferredName : booking.client.firstName;
    }

    private static String when(Booking booking) {
        LocalDateTime start = booking.slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalDateTime();
        return WHEN.format(start).replace("AM", "am").replace("PM", "pm");
    }
}
