package io.waymark.assessment;

import io.quarkus.security.ForbiddenException;
import io.waymark.client.Client;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Booking clients into advisors' slots. The database holds one live booking per slot (a partial unique index), so
 * of several people booking the same slot at once exactly one succeeds; the client's row is locked while their own
 * bookings are checked for overlaps.
 */
@ApplicationScoped
public class BookingService {

    static final String ONE_PER_SLOT = "booking_one_per_slot";

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    /** The messages feature confirms the booking to the client. */
    @Inject
    Event<AssessmentBooked> booked;

    @Transactional
    public Booking book(BookingRequest request) {
        Client client = Client.findById(request.clientId(), LockModeType.PESSIMISTIC_WRITE);
        if (client == null) {
            throw new InvalidInput("clientId", "there is no client with this id");
        }
        AssessmentSlot slot = AssessmentSlot.find("from AssessmentSlot s join fetch s.advisor where s.id = ?1",
                request.slotId()).firstResult();
        if (slot == null) {
            throw new InvalidInput("slotId", "there is no slot with this id");
        }
        return book(client, slot);
    }

    /** Moves a live booking to another slot: both happen, or neither. */
    @Transactional
    public Booking rebook(UUID bookingId, RebookingRequest request) {
        Booking old = live(bookingId);
        old.status = BookingStatus.CANCELLED;
        old.cancelReason = "Rebooked";
        Booking.flush();
        return book(new BookingRequest(request.slotId(), old.client.id));
    }

    @Transactional
    public Booking cancel(UUID bookingId, CancellationRequest request) {
        Booking booking = live(bookingId);
        booking.status = BookingStatus.CANCELLED;
        booking.cancelReason = request.reason().strip();
        return booking;
    }

    @Transactional
    public Booking recordAttendance(UUID bookingId, boolean attended) {
        Booking booking = live(bookingId);
        if (booking.slot.startsAt.isAfter(OffsetDateTime.now(clock))) {
            throw new RuleConflict("The appointment has not started yet");
        }
        booking.status = attended ? BookingStatus.ATTENDED : BookingStatus.DID_NOT_ATTEND;
        return booking;
    }

    /**
     * Takes back an attendance recorded by mistake: on the appointment's own day, and before its outcome is
     * recorded. The booking is live again.
     */
    @Transactional
    public Booking undoAttendance(UUID bookingId) {
        Booking booking = Booking.findExisting(bookingId);
        String stands = booking.whyAttendanceStands(LocalDate.now(clock.withZone(Clocks.UK)));
        if (stands != null) {
            throw new RuleConflict(stands);
        }
        booking.status = BookingStatus.BOOKED;
        Booking.flush();
        return booking;
    }

    /** The advisor who saw the client records the route; it then shows on the client's record. */
    @Transactional
    public Booking recordAssessment(UUID bookingId, AssessmentRequest request) {
        Booking booking = Booking.findExisting(bookingId);
        if (!booking.slot.advisor.id.equals(currentStaff.get().id)) {
            throw new ForbiddenException("Only the advisor who held the appointment records its outcome");
        }
        if (booking.status != BookingStatus.ATTENDED) {
            throw new RuleConflict("An assessment is recorded after an attended appointment; this one is " + booking.status);
        }
        if (booking.assessment != null) {
            throw new RuleConflict("The assessment was already recorded");
        }
        Assessment assessment = new Assessment();
        assessment.booking = booking;
        assessment.route = request.route();
        assessment.needsAndAdjustments = request.needsAndAdjustments();
        assessment.reviewDate = request.reviewDate();
        assessment.recordedBy = currentStaff.get();
        assessment.persist();
        booking.assessment = assessment;
        booking.client.recommendedRoute = request.route();
        return booking;
    }

    public List<Booking> forClient(UUID clientId) {
        Client.findExisting(clientId);
        return Booking.list("""
                from Booking b join fetch b.slot s join fetch s.advisor join fetch b.client join fetch b.bookedBy
                left join fetch b.assessment where b.client.id = ?1 order by s.startsAt desc""", clientId);
    }

    /** A JSON array of the client's ({@code :client}) bookings as {@link BookingView}, latest slot first. */
    public static final String BOOKINGS_OF_CLIENT = """
            select json_agg(json_build_object('id', b.id, 'slotId', s.id, 'startsAt', s.starts_at, 'endsAt', s.ends_at,
                    'place', s.place, 'advisorId', a.id, 'advisorName', a.display_name, 'clientId', c.id,
                    'clientReference', c.reference, 'clientName', c.first_name || ' ' || c.last_name,
                    'status', b.status, 'cancelReason', b.cancel_reason, 'bookedByName', booker.display_name,
                    'assessment', case when x.id is not null then json_build_object('route', x.route,
                        'needsAndAdjustments', x.needs_and_adjustments, 'reviewDate', x.review_date,
                        'recordedByName', recorder.display_name) end)
                order by s.starts_at desc)
            from booking b join assessment_slot s on s.id = b.slot_id join staff a on a.id = s.advisor_id
                 join client c on c.id = b.client_id join staff booker on booker.id = b.booked_by
                 left join assessment x on x.booking_id = b.id left join staff recorder on recorder.id = x.recorded_by
            where b.organisation_code = :organisation and b.client_id = :client""";

    /** Whether client {@code c} holds a live or attended booking (so is not waiting to be booked): an SQL condition. */
    public static final String HOLDS_BOOKING = """
            exists (select 1 from booking b where b.client_id = c.id and b.status in ('BOOKED', 'ATTENDED'))""";

    public Booking get(UUID bookingId) {
        return Booking.findExisting(bookingId);
    }

    private Booking book(Client client, AssessmentSlot slot) {
        if (client.isClosed()) {
            throw new RuleConflict("clientId", "the client's case is closed");
        }
        if (slot.withdrawn) {
            throw new RuleConflict("slotId", "the slot was withdrawn");
        }
        if (!slot.startsAt.isAfter(OffsetDateTime.now(clock))) {
            throw new RuleConflict("slotId", "the slot has already started");
        }
        // One live booking a client: a second is refused while the first stands (move or cancel it instead). The
        // client's row is locked, so two bookings made at once cannot both pass.
        Booking live = Booking.<Booking>find("from Booking b join fetch b.slot where b.client = ?1 and b.status = ?2",
                client, BookingStatus.BOOKED).firstResult();
        if (live != null) {
            throw new RuleConflict("clientId", "the client already has a health and wellbeing assessment booked for "
                    + live.slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalDateTime().toString().replace('T', ' ')
                    + ": move or cancel that booking instead");
        }
        Booking booking = new Booking();
        booking.slot = slot;
        booking.client = client;
        booking.status = BookingStatus.BOOKED;
        booking.bookedBy = currentStaff.get();
        try {
            booking.persist();
            Booking.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation && ONE_PER_SLOT.equals(violation.getConstraintName())) {
                    throw new RuleConflict("slotId", "the slot was booked by someone else a moment ago; choose another");
                }
            }
            throw e;
        }
        booked.fire(new AssessmentBooked(booking));
        return booking;
    }

    private static Booking live(UUID bookingId) {
        Booking booking = Booking.findExisting(bookingId);
        if (booking.status != BookingStatus.BOOKED) {
            throw new RuleConflict("The booking is " + booking.status + ", not live");
        }
        return booking;
    }
}
