package io.waymark.assessment;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.client.Route;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.common.Spreadsheet;
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
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
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

    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("date", "Date"),
            Map.entry("startTime", "Start time"), Map.entry("lengthMinutes", "Minutes"), Map.entry("place", "Place"),
            Map.entry("fromDate", "From"), Map.entry("toDate", "To"), Map.entry("daysOfWeek", "Days"),
            Map.entry("seriesTime", "Start time"), Map.entry("seriesLength", "Minutes"), Map.entry("seriesPlace", "Place"));

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

    /** The day or week the page shows, as a CSV or Excel file. */
    @GET
    @Path("export")
    @Produces({"text/csv", Spreadsheet.XLSX, MediaType.TEXT_HTML})
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public Response export(@QueryParam("date") String date, @QueryParam("view") String view,
            @QueryParam("format") String format) {
        LocalDate given = Params.date("date", date);
        LocalDate day = given != null ? given : LocalDate.now(clock);
        return Spreadsheet.download(format, as -> diaries.export(currentStaff.get().id, day, !"day".equals(view), as));
    }

    @POST
    @Path("slots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public RestResponse<TemplateInstance> publish(@RestForm String date, @RestForm String startTime,
            @RestForm String lengthMinutes, @RestForm String place) {
        Map<String, String> values = Map.of("date", Forms.typed(date), "startTime", Forms.typed(startTime),
                "lengthMinutes", Forms.typed(lengthMinutes), "place", Forms.typed(place));
        return Forms.act(() -> {
            SlotRequest request = new SlotRequest(Params.date("date", date), Forms.time("startTime", startTime),
                    Forms.integer("lengthMinutes", lengthMinutes), place);
            Forms.validate(request);
            slots.publish(request);
        }, "/app/diary?date=" + URLEncoder.encode(Forms.typed(date), StandardCharsets.UTF_8),
                "Slot published: " + Forms.typed(date) + " " + Forms.typed(startTime),
                LABELS, errors -> page(LocalDate.now(clock), true, errors, values));
    }

    /** A weekly series of slots: the same time on the chosen days, every week between two dates. */
    @POST
    @Path("series")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.PUBLISH_SLOTS)
    public RestResponse<TemplateInstance> publishSeries(@RestForm String fromDate, @RestForm String toDate,
            @RestForm List<String> daysOfWeek, @RestForm String seriesTime, @RestForm String seriesLength,
            @RestForm String seriesPlace) {
        Map<String, String> values = Map.of("fromDate", Forms.typed(fromDate), "toDate", Forms.typed(toDate),
                "daysOfWeek", daysOfWeek == null ? "" : String.join(",", daysOfWeek), "seriesTime", Forms.typed(seriesTime),
                "seriesLength", Forms.typed(seriesLength), "seriesPlace", Forms.typed(seriesPlace));
        Map<String, String> ids = Map.of("startTime", "seriesTime", "lengthMinutes", "seriesLength", "place", "seriesPlace");
        return Forms.act(() -> {
            SlotPatternRequest request = new SlotPatternRequest(Params.date("fromDate", fromDate),
                    Params.date("toDate", toDate), Params.enumValues(DayOfWeek.class, "daysOfWeek", daysOfWeek),
                    Forms.time("seriesTime", seriesTime), Forms.integer("seriesLength", seriesLength), seriesPlace);
            Forms.validate(request, ids);
            int published = slots.publishWeekly(request).size();
            if (published == 0) {
                throw new InvalidInput("daysOfWeek", "none of those days falls between the two dates");
            }
        }, "/app/diary?date=" + URLEncoder.encode(Forms.typed(fromDate), StandardCharsets.UTF_8),
                "Weekly series published from " + Forms.typed(fromDate) + " to " + Forms.typed(toDate), LABELS,
                errors -> page(LocalDate.now(clock), true, errors, values));
    }

    /** Takes back an attendance recorded by mistake, on the appointment's day. */
    @POST
    @Path("bookings/{id}/attendance/undo")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_ATTENDANCE)
    public RestResponse<TemplateInstance> undoAttendance(@PathParam("id") UUID booking) {
        return act("Attendance taken back: the appointment is booked again", () -> bookings.undoAttendance(booking));
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
        Map<String, String> values = Map.of(ids.get("route"), Forms.typed(route),
                ids.get("needsAndAdjustments"), Forms.typed(needsAndAdjustments), ids.get("reviewDate"), Forms.typed(reviewDate));
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
}
