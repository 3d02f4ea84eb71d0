package io.waymark.assessment;

import io.waymark.client.Client;
import io.waymark.client.ClientStatus;
import io.waymark.common.Clocks;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Clients who need intense support are to see an advisor within four weeks of starting (due = programme start + 28
 * days). Per advisor the share is of the flagged clients they saw; per team it is of the team's flagged clients
 * whose due date has passed or who have been seen. Two queries, whatever the numbers.
 */
@ApplicationScoped
public class FourWeekTarget {

    @Inject
    Clock clock;

    public FourWeekReport report() {
        LocalDate today = LocalDate.now(clock);
        List<Client> flagged = Client.list("from Client c left join fetch c.team where c.needsIntenseSupport = true");
        Map<UUID, List<Booking>> bookings = Booking.<Booking>list("""
                        from Booking b join fetch b.slot s join fetch s.advisor
                        where b.client.needsIntenseSupport = true and b.status in (?1, ?2)""",
                        BookingStatus.BOOKED, BookingStatus.ATTENDED).stream()
                .collect(Collectors.groupingBy(b -> b.client.id));

        List<FourWeekReport.ClientDue> dueForBooking = new ArrayList<>();
        List<FourWeekReport.ClientDue> overdueUnbooked = new ArrayList<>();
        List<FourWeekReport.ClientDue> bookedLate = new ArrayList<>();
        for (Client client : flagged) {
            List<Booking> own = bookings.getOrDefault(client.id, List.of());
            LocalDate due = client.assessmentDueOn();
            if (own.isEmpty() && client.status != ClientStatus.CLOSED) {
                (due.isBefore(today) ? overdueUnbooked : dueForBooking).add(due(client, null));
            }
            own.stream().filter(b -> b.status == BookingStatus.BOOKED && dateOf(b).isAfter(due))
                    .forEach(b -> bookedLate.add(due(client, dateOf(b))));
        }
        Comparator<FourWeekReport.ClientDue> byDue = Comparator.comparing(FourWeekReport.ClientDue::dueOn);
        dueForBooking.sort(byDue);
        overdueUnbooked.sort(byDue);
        bookedLate.sort(byDue);

        return new FourWeekReport(dueForBooking, bookedLate, overdueUnbooked, byAdvisor(flagged, bookings),
                byTeam(flagged, bookings, today));
    }

    private static List<FourWeekReport.Share> byAdvisor(List<Client> flagged, Map<UUID, List<Booking>> bookings) {
        Map<UUID, Client> clients = flagged.stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<Staff, List<Booking>> seen = bookings.values().stream().flatMap(List::stream)
                .filter(b -> b.status == BookingStatus.ATTENDED)
                .collect(Collectors.groupingBy(b -> b.slot.advisor, LinkedHashMap::new, Collectors.toList()));
        return seen.entrySet().stream()
                .map(e -> FourWeekReport.Share.of(e.getKey().id, e.getKey().displayName, e.getValue().size(),
                        e.getValue().stream().filter(b -> !dateOf(b).isAfter(clients.get(b.client.id).assessmentDueOn())).count()))
                .sorted(Comparator.comparing(FourWeekReport.Share::name))
                .toList();
    }

    private static List<FourWeekReport.Share> byTeam(List<Client> flagged, Map<UUID, List<Booking>> bookings,
            LocalDate today) {
        Map<Team, List<Client>> perTeam = flagged.stream().filter(c -> c.team != null)
                .collect(Collectors.groupingBy(c -> c.team));
        return perTeam.entrySet().stream().map(e -> {
            long counted = 0;
            long within = 0;
            for (Client client : e.getValue()) {
                Optional<LocalDate> seenOn = firstSeen(bookings.getOrDefault(client.id, List.of()));
                if (seenOn.isPresent() || client.assessmentDueOn().isBefore(today)) {
                    counted++;
                    if (seenOn.filter(day -> !day.isAfter(client.assessmentDueOn())).isPresent()) {
                        within++;
                    }
                }
            }
            return FourWeekReport.Share.of(e.getKey().id, e.getKey().name, counted, within);
        }).sorted(Comparator.comparing(FourWeekReport.Share::name)).toList();
    }

    private static Optional<LocalDate> firstSeen(List<Booking> bookings) {
        return bookings.stream().filter(b -> b.status == BookingStatus.ATTENDED).map(FourWeekTarget::dateOf)
                .filter(Objects::nonNull).min(Comparator.naturalOrder());
    }

    private static LocalDate dateOf(Booking booking) {
        return booking.slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalDate();
    }

    private static FourWeekReport.ClientDue due(Client client, LocalDate bookedOn) {
        return new FourWeekReport.ClientDue(client.id, client.reference, client.firstName + " " + client.lastName,
                client.assessmentDueOn(), bookedOn);
    }
}
