package io.waymark.message;

import io.quarkus.scheduler.Scheduled;
import io.waymark.assessment.AssessmentBooked;
import io.waymark.assessment.Booking;
import io.waymark.assessment.BookingStatus;
import io.waymark.client.Client;
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
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * The messages about a health and wellbeing assessment: a confirmation when it is booked (with the appointment as an
 * .ics file), and a reminder the day before. Only by the channels the client agreed to.
 */
@ApplicationScoped
public class BookingMessages {

    private static final Logger LOG = Logger.getLogger(BookingMessages.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' h:mma", Locale.UK);

    @Inject
    Outbox outbox;

    @Inject
    MessageTemplates templates;

    @Inject
    OrganisationService organisations;

    @Inject
    Clock clock;

    /** In the booking's transaction: the confirmation is in the outbox if and only if the booking is saved. */
    void confirm(@Observes AssessmentBooked booked) {
        Booking booking = booked.booking();
        outbox.write(booking.client, MessageKind.BOOKING_CONFIRMATION, booking.id,
                words(MessageKind.BOOKING_CONFIRMATION, booking, organisations.current().name));
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
                count += outbox.write(booking.client, MessageKind.BOOKING_REMINDER, booking.id,
                        words(MessageKind.BOOKING_REMINDER, booking, organisation.name));
            }
            return count;
        });
    }

    /** The message's words, with the appointment as an .ics file for the client's calendar. */
    private Outbox.Words words(MessageKind kind, Booking booking, String organisation) {
        Client client = booking.client;
        return templates.words(kind, Map.of(Placeholder.NAME, client.preferredName != null ? client.preferredName
                        : client.firstName, Placeholder.WHEN, when(booking), Placeholder.PLACE, booking.slot.place,
                Placeholder.ADVISOR, booking.slot.advisor.displayName, Placeholder.ORGANISATION, organisation),
                "assessment.ics", booking.invitation(clock.instant()));
    }

    private static String when(Booking booking) {
        LocalDateTime start = booking.slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalDateTime();
        return WHEN.format(start).replace("AM", "am").replace("PM", "pm");
    }
}
