package io.waymark.assessment;

import io.waymark.client.ClientsExported;
import io.waymark.common.AuditedSql;
import io.waymark.common.Clocks;
import io.waymark.common.RowsWritten;
import io.waymark.common.SecretLinks;
import io.waymark.common.Spreadsheet;
import io.waymark.security.TenantScope;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The advisor's diary through the API, and as a calendar feed behind a secret link. Only the link's hash is stored;
 * making a new link or revoking it makes the old one stop working.
 */
@ApplicationScoped
public class DiaryService {

    @Inject
    AuditedSql sql;

    @Inject
    AssessmentMapper mapper;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TenantScope tenantScope;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ClientsExported> exports;

    public DiaryView diary(UUID advisorId, LocalDate date, boolean week) {
        Staff advisor = Staff.findExisting(advisorId);
        LocalDate from = week ? date.minusDays(date.getDayOfWeek().getValue() - 1L) : date;
        LocalDate to = week ? from.plusDays(6) : date;
        List<AssessmentSlot> slots = AssessmentSlot.list("""
                from AssessmentSlot s join fetch s.advisor where s.advisor = ?1 and s.withdrawn = false
                and s.startsAt >= ?2 and s.startsAt < ?3 order by s.startsAt""",
                advisor, startOf(from), startOf(to.plusDays(1)));
        Map<UUID, Booking> bookings = slots.isEmpty() ? Map.of() : Booking.<Booking>list("""
                        from Booking b join fetch b.client left join fetch b.assessment
                        where b.slot in ?1 and b.status <> ?2""", slots, BookingStatus.CANCELLED)
                .stream().collect(Collectors.toMap(b -> b.slot.id, Function.identity()));
        Map<LocalDate, List<DiaryView.Entry>> days = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            days.put(day, new ArrayList<>());
        }
        for (AssessmentSlot slot : slots) {
            Booking booking = bookings.get(slot.id);
            days.get(slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalDate()).add(new DiaryView.Entry(mapper.toView(slot),
                    booking == null ? null : booking.id, booking == null ? null : booking.status,
                    booking == null ? null : booking.client.id, booking == null ? null : booking.client.reference,
                    booking == null ? null : booking.client.firstName + " " + booking.client.lastName,
                    booking != null && booking.assessment != null, !slot.startsAt.isAfter(OffsetDateTime.now(clock)),
                    booking != null && booking.whyAttendanceStands(LocalDate.now(clock.withZone(Clocks.UK))) == null));
        }
        return new DiaryView(advisor.id, advisor.displayName, from, to,
                days.entrySet().stream().map(e -> new DiaryView.Day(e.getKey(), e.getValue())).toList());
    }

    /**
     * The advisor's day or week as a file, a row for each slot, free or booked; the download is in the trail of each
     * client booked in it, in the same transaction.
     */
    @Transactional
    public Spreadsheet.Listed<DiaryView.Entry> export(UUID advisorId, LocalDate date, boolean week,
            Spreadsheet.Format format) {
        DiaryView diary = diary(advisorId, date, week);
        List<DiaryView.Entry> slots = diary.days().stream().flatMap(day -> day.slots().stream()).toList();
        exports.fire(new ClientsExported(currentStaff.get().organisationCode, "diary", format.extension,
                slots.stream().map(DiaryView.Entry::clientId).filter(Objects::nonNull).distinct().toList()));
        return new Spreadsheet.Listed<>("waymark-diary-" + diary.from() + (week ? "-week" : ""), DiaryView.COLUMNS,
                slots);
    }

    /** A new secret link for the signed-in advisor's calendar; any earlier link stops working. */
    @Transactional
    public String newFeedToken() {
        Staff advisor = currentStaff.get();
        String token = SecretLinks.newSecret();
        revokeFeed();
        sql.run(advisor.organisationCode, "CalendarFeed", "advisor_id", null, Map.of("calendarLink", Arrays.asList(null, RowsWritten.MASK)),
                "insert into calendar_feed (token_hash, organisation_code, advisor_id) values (:hash, :org, :advisor)",
                Map.of("hash", SecretLinks.hash(token), "org", advisor.organisationCode, "advisor", advisor.id));
        return token;
    }

    @Transactional
    public void revokeFeed() {
        Staff advisor = currentStaff.get();
        sql.run(advisor.organisationCode, "CalendarFeed", "advisor_id", null, Map.of("calendarLink", Arrays.asList(RowsWritten.MASK, null)),
                "delete from calendar_feed where advisor_id = :advisor", Map.of("advisor", advisor.id));
    }

    /** The calendar behind a secret link, or empty when the link is unknown or revoked. */
    public Optional<String> feed(String token) {
        // The link itself says which organisation: the request carries no signed-in user.
        List<?> rows = em.createNativeQuery("select organisation_code, advisor_id from calendar_feed where token_hash = :hash")
                .setParameter("hash", SecretLinks.hash(token)).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(tenantScope.call((String) row[0], () -> calendar((UUID) row[1])));
    }

    private String calendar(UUID advisorId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<AssessmentSlot> slots = AssessmentSlot.list("""
                from AssessmentSlot s where s.advisor.id = ?1 and s.withdrawn = false and s.startsAt >= ?2 and s.startsAt < ?3
                order by s.startsAt""", advisorId, now.minusDays(30), now.plusDays(180));
        Map<UUID, Booking> booked = slots.isEmpty() ? Map.of() : Booking.<Booking>list(
                        "from Booking b join fetch b.client where b.slot in ?1 and b.status <> ?2", slots, BookingStatus.CANCELLED)
                .stream().collect(Collectors.toMap(b -> b.slot.id, Function.identity()));
        List<CalendarFeed.Event> events = slots.stream().map(slot -> {
            Booking booking = booked.get(slot.id);
            String summary = booking == null ? "Free assessment slot" : "Assessment: " + booking.client.reference;
            return new CalendarFeed.Event(slot.id + "@waymark", slot.startsAt.toInstant(), slot.endsAt.toInstant(),
                    summary, slot.place);
        }).toList();
        return CalendarFeed.write("Waymark assessments", events, now.toInstant());
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.UK).toOffsetDateTime();
    }

}
