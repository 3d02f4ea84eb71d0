package io.waymark.assessment;

import io.quarkus.security.Authenticated;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

@Path("/api/v1/diary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DiaryResource {

    @Inject
    DiaryService diaries;

    @Inject
    FourWeekTarget fourWeekTarget;

    @Inject
    Clock clock;

    /** An advisor's day or week (view=day|week) with bookings and clients; the date defaults to today. */
    @GET
    @Path("advisors/{advisorId}")
    @RolesAllowed({Roles.HWB_ADVISOR, Roles.TEAM_LEAD})
    public DiaryView diary(@PathParam("advisorId") UUID advisorId, @QueryParam("date") String date,
            @QueryParam("view") @DefaultValue("week") String view) {
        return diaries.diary(advisorId, day(date), week(view));
    }

    private LocalDate day(String date) {
        LocalDate day = Params.date("date", date);
        return day != null ? day : LocalDate.now(clock);
    }

    private static boolean week(String view) {
        if (!view.equals("day") && !view.equals("week")) {
            throw new InvalidInput("view", "must be day or week");
        }
        return view.equals("week");
    }

    /** The same day or week as a CSV or Excel file ({@code format}); the download is in each booked client's trail. */
    @GET
    @Path("advisors/{advisorId}/export")
    @Produces({"text/csv", Spreadsheet.XLSX})
    @RolesAllowed({Roles.HWB_ADVISOR, Roles.TEAM_LEAD})
    public Response export(@PathParam("advisorId") UUID advisorId, @QueryParam("date") String date,
            @QueryParam("view") @DefaultValue("week") String view, @QueryParam("format") String format) {
        return Spreadsheet.download(format, as -> diaries.export(advisorId, day(date), week(view), as));
    }

    /** The four-week target: lists to act on, and the share seen in time per advisor and per team. */
    @GET
    @Path("four-week-target")
    @RolesAllowed({Roles.HWB_ADVISOR, Roles.TEAM_LEAD})
    public FourWeekReport fourWeekTarget() {
        return fourWeekTarget.report();
    }

    /** A new secret calendar link for the signed-in advisor; the previous link stops working. */
    @POST
    @Path("feed")
    @ResponseStatus(201)
    @RolesAllowed(Roles.HWB_ADVISOR)
    public Map<String, String> newFeed(@Context UriInfo uri) {
        String token = diaries.newFeedToken();
        return Map.of("url", uri.getBaseUriBuilder().path("calendar").path(token + ".ics").build().toString());
    }

    @DELETE
    @Path("feed")
    @ResponseStatus(204)
    @RolesAllowed(Roles.HWB_ADVISOR)
    public void revokeFeed() {
        diaries.revokeFeed();
    }
}
