package io.waymark.assessment;

import io.quarkus.panache.common.Parameters;
import io.quarkus.security.ForbiddenException;
import io.waymark.common.Clocks;
import io.waymark.common.InvalidInput;
import io.waymark.common.RuleConflict;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An advisor's diary of slots. Times are UK local times: a weekly 10:00 slot stays at 10:00 on both sides of a clock
 * change, and its instant moves by the hour.
 */
@ApplicationScoped
public class SlotService {

    /** How far ahead a weekly pattern may reach in one go. */
    static final Period LONGEST_PATTERN = Period.ofWeeks(26);

    @Inject
    CurrentStaff currentStaff;

    @Inject
    Clock clock;

    @Transactional
    public AssessmentSlot publish(SlotRequest request) {
        Staff advisor = lockAdvisor();
        return add(advisor, request.date(), request.startTime(), request.lengthMinutes(), request.place());
    }

    @Transactional
    public List<AssessmentSlot> publishWeekly(SlotPatternRequest request) {
        if (request.toDate().isBefore(request.fromDate())) {
            throw new InvalidInput("toDate", "cannot be before fromDate");
        }
        if (request.toDate().isAfter(request.fromDate().plus(LONGEST_PATTERN))) {
            throw new InvalidInput("toDate", "a pattern covers at most 26 weeks at a time");
        }
        Staff advisor = lockAdvisor();
        List<AssessmentSlot> slots = new ArrayList<>();
        for (LocalDate day = request.fromDate(); !day.isAfter(request.toDate()); day = day.plusDays(1)) {
            if (request.daysOfWeek().contains(day.getDayOfWeek())) {
                slots.add(add(advisor, day, request.startTime(), request.lengthMinutes(), request.place()));
            }
        }
        if (slots.isEmpty()) {
            throw new InvalidInput("daysOfWeek", "none of these days falls between fromDate and toDate");
        }
        return slots;
    }

    /** Withdraws one of the advisor's own slots while nobody is booked into it. */
    @Transactional
    public AssessmentSlot withdraw(UUID slotId) {
        AssessmentSlot slot = AssessmentSlot.findExisting(slotId);
        if (!slot.advisor.id.equals(currentStaff.get().id)) {
            throw new ForbiddenException("Only the advisor who published a slot can withdraw it");
        }
        if (Booking.count("slot = ?1 and status <> ?2", slot, BookingStatus.CANCELLED) > 0) {
            throw new RuleConflict("The slot is booked: cancel or move the booking first");
        }
        slot.withdrawn = true;
        return slot;
    }

    /**
     * A JSON array of the free slots from {@code :from} until {@code :until}, as {@link SlotView}, soonest first (then
     * by advisor); the UK date, time and length are left to {@link AssessmentMapper#inUk}.
     */
    public static final String FREE = """
            select json_agg(json_build_object('id', s.id, 'advisorId', a.id, 'advisorName', a.display_name,
                    'startsAt', s.starts_at, 'endsAt', s.ends_at, 'place', s.place, 'withdrawn', s.withdrawn)
                order by s.starts_at, a.display_name, s.id)
            from assessment_slot s join staff a on a.id = s.advisor_id
            where s.organisation_code = :organisation and not s.withdrawn and s.starts_at >= :from and s.starts_at < :until
              and not exists (select 1 from booking b where b.slot_id = s.id and b.status <> 'CANCELLED')""";

    /** Free slots are offered for eight weeks ahead: the end of that window. */
    public OffsetDateTime offeredUntil() {
        return LocalDate.now(clock).plusWeeks(8).atStartOfDay(Clocks.UK).toOffsetDateTime();
    }

    /** Free slots from now on, soonest first, for one advisor or all. */
    public List<AssessmentSlot> free(UUID advisorId, LocalDate from, LocalDate to) {
        OffsetDateTime start = from == null ? OffsetDateTime.now(clock) : startOf(from);
        OffsetDateTime end = to == null ? offeredUntil() : to.plusDays(1).atStartOfDay(Clocks.UK).toOffsetDateTime();
        Parameters parameters = Parameters.with("from", later(start, OffsetDateTime.now(clock))).and("to", end)
                .and("cancelled", BookingStatus.CANCELLED);
        if (advisorId != null) {
            parameters.and("advisor", advisorId);
        }
        return AssessmentSlot.list("""
                from AssessmentSlot s join fetch s.advisor a
                where s.withdrawn = false and s.startsAt >= :from and s.startsAt < :to
                and not exists (from Booking b where b.slot = s and b.status <> :cancelled)"""
                + (advisorId != null ? " and a.id = :advisor" : "") + " order by s.startsAt, a.displayName, s.id", parameters);
    }

    private AssessmentSlot add(Staff advisor, LocalDate date, LocalTime time, int minutes, String place) {
        OffsetDateTime startsAt = date.atTime(time).atZone(Clocks.UK).toOffsetDateTime();
        OffsetDateTime endsAt = startsAt.plusMinutes(minutes);
        if (!startsAt.isAfter(OffsetDateTime.now(clock))) {
            throw new InvalidInput("date", "a slot must be in the future (" + date + " " + time + ")");
        }
        if (AssessmentSlot.count("advisor = ?1 and withdrawn = false and startsAt < ?2 and endsAt > ?3",
                advisor, endsAt, startsAt) > 0) {
            throw new RuleConflict("startTime", "you already have a slot overlapping " + date + " " + time);
        }
        AssessmentSlot slot = new AssessmentSlot();
        slot.advisor = advisor;
        slot.startsAt = startsAt;
        slot.endsAt = endsAt;
        slot.place = place.strip();
        slot.persist();
        return slot;
    }

    /** Slots of one advisor are published one request at a time, so overlaps cannot slip in side by side. */
    private Staff lockAdvisor() {
        return Staff.findById(currentStaff.get().id, LockModeType.PESSIMISTIC_WRITE);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.UK).toOffsetDateTime();
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
