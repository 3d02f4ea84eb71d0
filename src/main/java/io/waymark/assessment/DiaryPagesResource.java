package io.waymark.assessment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.Route;
import io.waymark.common.Params;
import io.waymark.security.Act;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** The advisor's diary: the week's slots and bookings, publishing slots, attendance and the assessment outcome. */
@Path("/app/diary")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class DiaryPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance diary(StaffView me, DiaryView diary, boolean weekView, FourWeekReport target, List<Route> routes,
                Map<String, String> errors, Map<String, String> values);
    }

    private static final Map<String, String> LABELS = Map.of("date", "Date", "startTime", "Start time",
            "lengthMinutes", "Minutes", "place", "Place");

    @Inject
    CurrentStaff currentStaff;

    @Inject
    DiaryService diaries;

    @Inject
    SlotService slots;

    @Inject
    BookingService bookings;

    @Inject
    FourWeekTarget fourWeekTarget;

    @Inject
    Clock clock;

    @GET
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public RestResponse<TemplateInstance> diary(@QueryParam("date") String date, @QueryParam("view") String view) {
        LocalDate day = Params.date("date", date);
        return RestResponse.ResponseBuilder.ok(page(day != null ? day : LocalDate.now(clock), !"day".equals(view),
                Map.of(), Map.of())).build();
    }

    @POST
    @Path("slots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public RestResponse<TemplateInstance> publish(@RestForm String date, @RestForm String startTime,
            @RestForm String lengthMinutes, @RestForm String place) {
        Map<String, String> values = Map.of("date", orEmpty(date), "startTime", orEmpty(startTime),
                "lengthMinutes", orEmpty(lengthMinutes), "place", orEmpty(place));
        return Forms.act(() -> {
            SlotRequest request = new SlotRequest(Params.date("date", date), Forms.time("startTime", startTime),
                    Forms.integer("lengthMinutes", lengthMinutes), place);
            Forms.validate(request);
            slots.publish(request);
        }, "/app/diary?date=" + URLEncoder.encode(orEmpty(date), StandardCharsets.UTF_8),
                "Slot published: " + orEmpty(date) + " " + orEmpty(startTime),
                LABELS, errors -> page(LocalDate.now(clock), true, errors, values));
    }

    @POST
    @Path("bookings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_ATTENDANCE)
    public RestResponse<TemplateInstance> attendance(@PathParam("id") UUID booking, @RestForm boolean attended) {
        return act(attended ? "Recorded: the client came" : "Recorded: the client did not come",
                () -> bookings.recordAttendance(booking, attended));
    }

    @POST
    @Path("bookings/{id}/assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_ASSESSMENT)
    public RestResponse<TemplateInstance> assess(@PathParam("id") UUID booking, @RestForm String route,
            @RestForm String needsAndAdjustments, @RestForm String reviewDate) {
        // Each attended booking has its own form: its fields are told apart by the booking's id on the page.
        Map<String, String> ids = Map.of("route", "route-" + booking, "needsAndAdjustments", "needs-" + booking,
                "reviewDate", "review-" + booking);
        Map<String, String> values = Map.of(ids.get("route"), orEmpty(route),
                ids.get("needsAndAdjustments"), orEmpty(needsAndAdjustments), ids.get("reviewDate"), orEmpty(reviewDate));
        Map<String, String> labels = Map.of(ids.get("route"), "Recommended route",
                ids.get("needsAndAdjustments"), "Needs and adjustments", ids.get("reviewDate"), "Review date");
        return Forms.act(() -> {
            AssessmentRequest request = new AssessmentRequest(Params.enumValue(Route.class, ids.get("route"), route),
                    needsAndAdjustments, Params.date(ids.get("reviewDate"), reviewDate));
            Forms.validate(request, ids);
            bookings.recordAssessment(booking, request);
        }, "/app/diary", "Assessment outcome recorded", labels,
                errors -> page(LocalDate.now(clock), true, errors, values));
    }

    private RestResponse<TemplateInstance> act(String saved, Runnable change) {
        return Forms.act(change, "/app/diary", saved, LABELS, errors -> page(LocalDate.now(clock), true, errors, Map.of()));
    }

    private TemplateInstance page(LocalDate day, boolean week, Map<String, String> errors, Map<String, String> values) {
        UUID me = currentStaff.get().id;
        return Templates.diary(currentStaff.view(), diaries.diary(me, day, week), week, fourWeekTarget.report(),
                Arrays.asList(Route.values()), errors, values);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
