package io.waymark.actionplan;

import io.quarkus.security.Authenticated;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/api/v1/action-plan-reviews/due")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class ReviewsDueResource {

    @Inject
    ActionPlanService plans;

    @Inject
    CurrentStaff currentStaff;

    /** The signed-in worker's daily prompt: reviews overdue, then those due within the week. */
    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD})
    public List<ReviewDue> due() {
        return plans.reviewsDueFor(currentStaff.get());
    }
}
