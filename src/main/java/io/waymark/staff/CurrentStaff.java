package io.waymark.staff;

import io.quarkus.security.identity.SecurityIdentity;
import io.waymark.common.AuditedSql;
import io.waymark.common.SqlReads;
import io.waymark.organisation.Organisation;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.Can;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The staff record of the signed-in user, created from the token the first time they are seen. */
@RequestScoped
public class CurrentStaff {

    @Inject
    AuditedSql sql;

    @Inject
    SecurityIdentity identity;

    @Inject
    OrganisationService organisations;

    /** Who is signed in, with their organisation: what every page's heading shows, in one statement. */
    private static final String ME = """
            select s.id, s.username, s.display_name, s.email, s.roles, o.name
            from staff s join organisation o on o.code = s.organisation_code
            where s.organisation_code = :organisation and s.subject = :subject""";

    @Inject
    SqlReads reads;

    private Staff staff;

    @Transactional
    public Staff get() {
        if (staff == null) {
            JsonWebToken token = (JsonWebToken) identity.getPrincipal();
            staff = Optional.ofNullable(Staff.findBySubject(subject()))
                    .orElseGet(() -> link(organisations.current(), token));
            String roles = String.join(",", new TreeSet<>(identity.getRoles()));
            if (!roles.equals(staff.roles)) {
                // Written at once with SQL, not left to the flush: the first use in a request is often a page's
                // read-only transaction, which does not flush. Refreshed so that the record holds what was stored.
                sql.run(staff.organisationCode, "Staff", null, Map.of("roles", Arrays.asList(staff.roles, roles)),
                        "update staff set roles = :roles where id = :id", Map.of("roles", roles, "id", staff.id));
                Staff.getEntityManager().refresh(staff);
            }
        }
        return staff;
    }

    /** The signed-in user's subject at their identity provider, which names their staff record in the organisation. */
    public String subject() {
        if (staff != null) {
            return staff.subject; // the signed-in user's, or that of whom work is done for (actAs)
        }
        return ((JsonWebToken) identity.getPrincipal()).getSubject();
    }

    /** Who is signed in, for which organisation, with which roles: shown on every page and by /api/v1/me. */
    public StaffView view() {
        if (staff == null) {
            // Someone known, with the roles already stored: read as SQL. Otherwise the record is made or updated below.
            String organisation = organisations.currentCode();
            TreeSet<String> roles = new TreeSet<>(identity.getRoles());
            Optional<Known> known = reads.one(ME, Map.of("organisation", organisation, "subject", subject()),
                    row -> new Known(new StaffView(row.getObject("id", UUID.class), row.getString("username"),
                            row.getString("display_name"), row.getString("email"), organisation, row.getString("name"),
                            roles, Can.of(roles)), row.getString("roles")));
            if (known.isPresent() && known.get().storedRoles().equals(String.join(",", roles))) {
                return known.get().view();
            }
        }
        Staff me = get();
        Organisation organisation = organisations.current();
        return new StaffView(me.id, me.username, me.displayName, me.email, organisation.code, organisation.name,
                new TreeSet<>(identity.getRoles()), Can.of(identity.getRoles()));
    }

    private record Known(StaffView view, String storedRoles) {
    }

    /** For work done on someone's behalf outside a request (start-up data, scheduled jobs). */
    public void actAs(Staff member) {
        this.staff = member;
    }

    /** Insert-if-absent, so two first requests of the same user at once both end with the one record. */
    private Staff link(Organisation organisation, JsonWebToken token) {
        String username = Optional.ofNullable(token.<String>getClaim("preferred_username")).orElse(token.getSubject());
        String name = Optional.ofNullable(token.<String>getClaim("name")).orElse(username);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", UUID.randomUUID());
        parameters.put("organisation", organisation.code);
        parameters.put("subject", token.getSubject());
        parameters.put("username", username);
        parameters.put("name", name);
        parameters.put("email", token.<String>getClaim("email"));
        sql.run(organisation.code, "Staff", null, Map.of("username", Arrays.asList(null, username)), """
                insert into staff (id, organisation_code, subject, username, display_name, email)
                values (:id, :organisation, :subject, :username, :name, :email)
                on conflict (organisation_code, subject) do nothing""", parameters);
        return Staff.findBySubject(token.getSubject());
    }
}
