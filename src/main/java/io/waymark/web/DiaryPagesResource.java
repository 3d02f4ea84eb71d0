package io.waymark.web;

import io.quarkus.qute.TemplateInstance;
import io.waymark.assessment.AssessmentRequest;
import io.waymark.assessment.BookingService;
import io.waymark.assessment.DiaryService;
import io.waymark.assessment.FourWeekTarget;
import io.waymark.assessment.Route;
import io.waymark.assessment.SlotRequest;
import io.waymark.assessment.SlotService;
import io.waymark.common.DomainException;
import io.waymark.common.Params;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/** The advisor's diary: the week's slots and bookings, publishing slots, attendance and the assessment outcome. */
@Path("/app/diary")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.HWB_ADVISOR)
public class DiaryPagesResource {

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
    public RestResponse<TemplateInstance> diary(@QueryParam("date") String date, @QueryParam("view") String view,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        String csrf = CsrfGuard.tokenFor(csrfCookie);
        LocalDate day = Params.date("date", date);
        return RestResponse.ResponseBuilder.ok(page(day != null ? day : LocalDate.now(clock), !"day".equals(view),
                Map.of(), Map.of(), csrf)).cookie(CsrfGuard.cookie(csrf)).build();
    }

    @POST
    @Path("slots")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> publish(@RestForm String date, @RestForm String startTime,
            @RestForm String lengthMinutes, @RestForm String place, @RestForm(CsrfGuard.FIELD) String csrf,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        Map<String, String> values = Map.of("date", orEmpty(date), "startTime", orEmpty(startTime),
                "lengthMinutes", orEmpty(lengthMinutes), "place", orEmpty(place));
        try {
            LocalDate day = Params.date("date", date);
            SlotRequest request = new SlotRequest(day, Forms.time("startTime", startTime), Forms.integer("lengthMinutes", lengthMinutes), place);
            Forms.validate(request);
            slots.publish(request);
            return RestResponse.seeOther(URI.create("/app/diary?date=" + day));
        } catch (DomainException refused) {
            return RestResponse.ResponseBuilder.create(RestResponse.Status.fromStatusCode(refused.status()),
                    page(LocalDate.now(clock), true, Forms.errors(refused), values, csrf)).build();
        }
    }

    @POST
    @Path("bookings/{id}/attendance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> attendance(@PathParam("id") UUID booking, @RestForm boolean attended,
            @RestForm(CsrfGuard.FIELD) String csrf, @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> bookings.recordAttendance(booking, attended));
    }

    @POST
    @Path("bookings/{id}/assessment")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> assess(@PathParam("id") UUID booking, @RestForm String route,
            @RestForm String needsAndAdjustments, @RestForm String reviewDate, @RestForm(CsrfGuard.FIELD) String csrf,
            @CookieParam(CsrfGuard.COOKIE) String csrfCookie) {
        CsrfGuard.check(csrf, csrfCookie);
        return act(csrf, () -> {
            AssessmentRequest request = new AssessmentRequest(Params.enumValue(Route.class, "route", route),
                    needsAndAdjustments, Params.date("reviewDate", reviewDate));
            Forms.validate(request);
            bookings.recordAssessment(booking, request);
        });
    }

    private RestResponse<TemplateInstance> act(String csrf, Runnable change) {
        return Forms.act(change, "/app/diary", errors -> page(LocalDate.now(clock), true, errors, Map.of(), csrf));
    }

    private TemplateInstance page(LocalDate day, boolean week, Map<String, String> errors, Map<String, String> values,
            String csrf) {
        UUID me = currentStaff.get().id;
        return WebPages.diary(currentStaff.view(), diaries.diary(me, day, week), week, fourWeekTarget.report(),
                Arrays.asList(Route.values()), errors, values, csrf);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
