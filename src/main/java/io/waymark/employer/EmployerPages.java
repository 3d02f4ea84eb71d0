package io.waymark.employer;

import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the employers' pages in one go: the list with each one's last contact, and one employer's file. */
@ApplicationScoped
public class EmployerPages {

    /** An employer with no note of engagement for this long is flagged on the list. */
    static final int QUIET_DAYS = 30;

    @Inject
    EmployerService employers;

    @Inject
    EmployerMapper mapper;

    @Inject
    Clock clock;

    /** An employer as a row of the list. */
    public record Row(EmployerView employer, LocalDate lastContact, boolean quiet) {
    }

    /** One employer: details, notes of engagement and opportunities. */
    public record EmployerFile(EmployerView employer, LocalDate lastContact, boolean quiet,
            List<EngagementView> engagements, List<OpportunityView> opportunities) {
    }

    /** The list's columns as a file: what the page shows, with the local authority. */
    public static final List<Spreadsheet.Column<Row>> COLUMNS = List.of(
            new Spreadsheet.Column<>("Employer", r -> r.employer().name()),
            new Spreadsheet.Column<>("Sector", r -> r.employer().sector()),
            new Spreadsheet.Column<>("Size", r -> r.employer().sizeBand()),
            new Spreadsheet.Column<>("Disability Confident", r -> r.employer().disabilityConfident()),
            new Spreadsheet.Column<>("Local authority", r -> r.employer().localAuthority()),
            new Spreadsheet.Column<>("Last contact", Row::lastContact),
            new Spreadsheet.Column<>("No contact in " + QUIET_DAYS + " days", r -> r.quiet() ? "Yes" : "No"));

    /**
     * The list the page's filters find, as typed: a name or sector, a sector, a size band, a Disability Confident
     * level, and only those with no recent contact ({@code quiet} not blank). A bad value is refused, named.
     */
    @Transactional
    public List<Row> list(String text, String sector, String size, String level, String quiet) {
        return list(text, sector, Params.enumValue(SizeBand.class, "sizeBand", size),
                Params.enumValue(DisabilityConfident.class, "disabilityConfident", level),
                quiet != null && !quiet.isBlank());
    }

    @Transactional
    public List<Row> list(String text, String sector, SizeBand size, DisabilityConfident level, boolean onlyQuiet) {
        Map<UUID, LocalDate> last = employers.lastContacts();
        LocalDate quietSince = LocalDate.now(clock).minusDays(QUIET_DAYS);
        return employers.search(text).stream()
                .filter(e -> sector == null || sector.isBlank() || e.sector.equalsIgnoreCase(sector.strip()))
                .filter(e -> size == null || e.sizeBand == size)
                .filter(e -> level == null || e.disabilityConfident == level)
                .map(e -> new Row(mapper.toView(e), last.get(e.id), isQuiet(last.get(e.id), quietSince)))
                .filter(row -> !onlyQuiet || row.quiet())
                .toList();
    }

    @Transactional
    public EmployerFile file(UUID id) {
        Employer employer = employers.get(id);
        List<EngagementView> engagements = employers.engagements(id).stream().map(mapper::toView).toList();
        LocalDate last = engagements.isEmpty() ? null : engagements.get(0).engagedOn();
        return new EmployerFile(mapper.toView(employer), last,
                isQuiet(last, LocalDate.now(clock).minusDays(QUIET_DAYS)), engagements,
                employers.opportunities(id).stream().map(mapper::toView).toList());
    }

    /** Days since a date, for "last contact 12 days ago". */
    public long daysSince(LocalDate day) {
        return ChronoUnit.DAYS.between(day, LocalDate.now(clock));
    }

    private static boolean isQuiet(LocalDate lastContact, LocalDate quietSince) {
        return lastContact == null || lastContact.isBefore(quietSince);
    }
}
