package io.waymark.assessment;

import io.waymark.client.Client;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;

/** A client booked into an advisor's slot. */
@Entity
public class Booking extends OrganisationOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slot_id", updatable = false)
    public AssessmentSlot slot;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "client_id", updatable = false)
    public Client client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "booked_by", updatable = false)
    public Staff bookedBy;

    @CreationTimestamp
    @Column(name = "booked_at", nullable = false, updatable = false)
    public OffsetDateTime bookedAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    @OneToOne(mappedBy = "booking", fetch = FetchType.LAZY)
    public Assessment assessment;

    @Version
    @Column(nullable = false)
    public int version;

    /**
     * The appointment as an iCalendar file (RFC 5545) for the client's own calendar: when, where, with whom. Its uid
     * is the slot's, as in the advisor's feed, so a calendar that has both shows one appointment.
     */
    public String invitation(Instant stamp) {
        return CalendarFeed.write("Health and wellbeing assessment", List.of(new CalendarFeed.Event(
                slot.id + "@waymark", slot.startsAt.toInstant(), slot.endsAt.toInstant(),
                "Health and wellbeing assessment with " + slot.advisor.displayName, slot.place)), stamp);
    }

    public static Booking findExisting(UUID id) {
        return orNotFound(find("""
                from Booking b join fetch b.slot s join fetch s.advisor join fetch b.client join fetch b.bookedBy
                left join fetch b.assessment where b.id = ?1""", id).firstResult(), "booking", id);
    }

    /**
     * Why an attendance recorded on this booking cannot be taken back {@code today} (UK), or null when it can: there
     * is one, it is the appointment's own day, and its outcome is not yet recorded.
     */
    public String whyAttendanceStands(LocalDate today) {
        if (status != BookingStatus.ATTENDED && status != BookingStatus.DID_NOT_ATTEND) {
            return "No attendance is recorded for this booking";
        }
        if (!slot.startsAt.atZoneSameInstant(io.waymark.common.Clocks.UK).toLocalDate().equals(today)) {
            return "Attendance can be taken back only on the day of the appointment";
        }
        return assessment != null ? "The outcome of the appointment is recorded; the attendance stands" : null;
    }
}
