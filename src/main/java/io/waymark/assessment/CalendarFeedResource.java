package io.waymark.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** The advisor's calendar for their own calendar application: the secret link is the credential. */
@Path("/calendar")
public class CalendarFeedResource {

    @Inject
    DiaryService diaries;

    @GET
    @Path("{token}.ics")
    @PermitAll
    @Produces("text/calendar;charset=UTF-8")
    public String feed(@PathParam("token") String token) {
        return diaries.feed(token).orElseThrow(() -> new NotFoundException("No calendar at this link"));
    }
}
