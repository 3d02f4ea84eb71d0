package io.waymark.assessment;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Bookings into advisors' slots. Each change answers the booking as it now stands. */
@Path("/api/v1/bookings")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BookingResource {

    @Inject
    BookingService bookings;

    @Inject
    AssessmentMapper mapper;

    /** Book a free slot for a client; 409 when someone else has just taken it, or the client is busy then. */
    @POST
    @ResponseStatus(201)
    @Transactional
    @PermissionsAllowed(Act.BOOK_ASSESSMENT)
    public BookingView book(@Valid @NotNull BookingRequest request) {
        return mapper.toView(bookings.book(request));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public BookingView get(@PathParam("id") UUID id) {
        return mapper.toView(bookings.get(id));
    }

    @POST
    @Path("{id}/cancellation")
    @Transactional
    @PermissionsAllowed(Act.CHANGE_BOOKING)
    public BookingView cancel(@PathParam("id") UUID id, @Valid @NotNull CancellationRequest request) {
        return mapper.toView(bookings.cancel(id, request));
    }

    @POST
    @Path("{id}/rebooking")
    @ResponseStatus(201)
    @Transactional
    @PermissionsAllowed(Act.CHANGE_BOOKING)
    public BookingView rebook(@PathParam("id") UUID id, @Valid @NotNull RebookingRequest request) {
        return mapper.toView(bookings.rebook(id, request));
    }

    @POST
    @Path("{id}/attendance")
    @Transactional
    @PermissionsAllowed(Act.RECORD_ATTENDANCE)
    public BookingView attendance(@PathParam("id") UUID id, @Valid @NotNull AttendanceRequest request) {
        return mapper.toView(bookings.recordAttendance(id, request.attended()));
    }

    /** Takes back an attendance recorded by mistake, on the appointment's day and before its outcome. */
    @DELETE
    @Path("{id}/attendance")
    @Transactional
    @PermissionsAllowed(Act.RECORD_ATTENDANCE)
    public BookingView undoAttendance(@PathParam("id") UUID id) {
        return mapper.toView(bookings.undoAttendance(id));
    }

    /** The advisor's outcome of an attended appointment: the recommended route shows on the client record. */
    @POST
    @Path("{id}/assessment")
    @Transactional
    @PermissionsAllowed(Act.RECORD_ASSESSMENT)
    public BookingView assess(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequest request) {
        return mapper.toView(bookings.recordAssessment(id, request));
    }
}
