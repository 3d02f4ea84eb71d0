package io.waymark.caseload;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.organisation.OrganisationService;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffMapper;
import io.waymark.staff.StaffMember;
import io.waymark.staff.StaffService;
import io.waymark.staff.StaffView;
import io.waymark.staff.TeamMapper;
import io.waymark.staff.TeamRequest;
import io.waymark.staff.TeamRole;
import io.waymark.staff.TeamService;
import io.waymark.staff.TeamView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** The administrator's page: teams, staff with their roles from the identity provider, and caseload limits. */
@Path("/app/admin")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class AdminPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(StaffView me, int defaultLimit, List<TeamView> teams,
                List<StaffMember> staff, List<TeamRole> teamRoles, Map<String, String> errors);
    }

    private static final Map<String, String> LABELS = Map.of("name", "Team name", "teamId", "Team",
            "teamRole", "Role in the team", "caseloadLimit", "Caseload limit", "limit", "Default caseload limit");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    OrganisationService organisations;

    @Inject
    TeamService teams;

    @Inject
    TeamMapper teamMapper;

    @Inject
    StaffService staff;

    @Inject
    StaffMapper staffMapper;

    @Inject
    CaseloadService caseloads;

    @GET
    @PermissionsAllowed(Act.SET_DEFAULT_LIMIT)
    public RestResponse<TemplateInstance> admin() {
        return RestResponse.ResponseBuilder.ok(page(Map.of())).build();
    }

    @POST
    @Path("teams")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.CREATE_TEAM)
    public RestResponse<TemplateInstance> createTeam(@RestForm String name) {
        return act("Team " + (name == null ? "" : name.strip()) + " created", () -> {
            TeamRequest request = new TeamRequest(name);
            Forms.validate(request);
            teams.create(request);
        });
    }

    /** Puts a member of staff in a team, with their role in it and their own caseload limit (blank: the default). */
    @POST
    @Path("staff/{staffId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(value = {Act.PLACE_IN_TEAM, Act.SET_WORKER_LIMIT}, inclusive = true)
    public RestResponse<TemplateInstance> placeStaff(@PathParam("staffId") UUID staffId, @RestForm String teamId,
            @RestForm String teamRole, @RestForm String caseloadLimit) {
        return act("Team and caseload limit saved", () -> {
            UUID team = Params.uuid("teamId", teamId);
            if (team != null) {
                TeamRole role = Params.enumValue(TeamRole.class, "teamRole", teamRole);
                teams.join(team, staffId, role != null ? role : TeamRole.WORKER);
            }
            caseloads.setWorkerLimit(staffId, Forms.integer("caseloadLimit", caseloadLimit));
        });
    }

    @POST
    @Path("default-limit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.SET_DEFAULT_LIMIT)
    public RestResponse<TemplateInstance> defaultLimit(@RestForm String limit) {
        return act("Default caseload limit set to " + (limit == null ? "" : limit.strip()), () -> {
            caseloads.setDefaultLimit(Forms.integer("limit", limit));
        });
    }

    private RestResponse<TemplateInstance> act(String saved, Runnable change) {
        return Forms.act(change, "/app/admin", saved, LABELS, errors -> page(errors));
    }

    private TemplateInstance page(Map<String, String> errors) {
        return Templates.admin(currentStaff.view(), organisations.current().defaultCaseloadLimit,
                teams.list().stream().map(teamMapper::toView).toList(),
                staff.list().stream().map(staffMapper::toMember).toList(), Arrays.asList(TeamRole.values()), errors);
    }
}
