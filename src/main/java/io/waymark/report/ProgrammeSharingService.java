package io.waymark.report;

import io.waymark.common.AuditedSql;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.RecordNotFound;
import io.waymark.common.SqlReads;
import io.waymark.lists.Programme;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.TenantContext;
import io.waymark.staff.CurrentStaff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which programmes a provider shares with their national leads. The provider decides, programme by programme: its
 * administrator shares, and can stop; a national commissioner is known by the {@code programme} claim of their token.
 */
@ApplicationScoped
public class ProgrammeSharingService {

    @Inject
    AuditedSql sql;

    @Inject
    SqlReads reads;

    @Inject
    OrganisationService organisations;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    TenantContext tenant;

    @Transactional
    public void share(String programmeCode) {
        Programme programme = programme(programmeCode);
        String organisation = organisations.current().code;
        sql.run(organisation, "ProgrammeSharing", "programme", null,
                Map.of("sharedNationally", Arrays.asList(null, programme.name())), """
                insert into programme_sharing (organisation_code, programme, shared_by) values (:org, :programme, :by)
                on conflict do nothing""",
                Map.of("org", organisation, "programme", programme.name(), "by", currentStaff.get().id));
    }

    @Transactional
    public void stop(String programmeCode) {
        Programme programme = programme(programmeCode);
        String organisation = organisations.current().code;
        int removed = sql.run(organisation, "ProgrammeSharing", "programme", null,
                Map.of("sharedNationally", Arrays.asList(programme.name(), null)),
                "delete from programme_sharing where organisation_code = :org and programme = :programme",
                Map.of("org", organisation, "programme", programme.name()));
        if (removed == 0) {
            throw new RecordNotFound("programme shared nationally", programme.name());
        }
    }

    /** The programmes the current organisation shares, in the programmes' order. */
    public List<Programme> sharedByCurrent() {
        List<String> shared = reads.list("select programme from programme_sharing where organisation_code = :org",
                Map.of("org", organisations.currentCode()), row -> row.getString(1));
        return Arrays.stream(Programme.values()).filter(p -> shared.contains(p.name())).toList();
    }

    /** A programme and whether the current organisation shares it, for the administrator's page. */
    public record ProgrammeShare(Programme programme, boolean shared) {
    }

    public List<ProgrammeShare> sharingOfCurrent() {
        List<Programme> shared = sharedByCurrent();
        return Arrays.stream(Programme.values()).map(p -> new ProgrammeShare(p, shared.contains(p))).toList();
    }

    /** The signed-in national commissioner's programme. */
    public Programme programmeOfCurrentLead() {
        return named(tenant.programmeCode().orElse(""))
                .orElseThrow(() -> new ForbiddenException("Your account is not linked to a programme known to Waymark"));
    }

    /** The programme's name in words, for a page's message; the code itself when it names none. */
    static String labelOf(String code) {
        return named(code == null ? null : code.strip().toUpperCase()).map(Programme::label).orElse(code);
    }

    private static Optional<Programme> named(String code) {
        return Arrays.stream(Programme.values()).filter(p -> p.name().equals(code)).findFirst();
    }

    private static Programme programme(String code) {
        Programme programme = Params.enumValue(Programme.class, "programme", code);
        if (programme == null) {
            throw new InvalidInput("programme", "name a programme");
        }
        return programme;
    }
}
