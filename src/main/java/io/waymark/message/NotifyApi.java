package io.waymark.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The part of GOV.UK Notify's API (v2) Waymark uses: send a text message, and find a message by its reference.
 * Every call carries a JWT made from the API key ({@link NotifyTextDelivery#bearer}).
 */
@RegisterRestClient(configKey = "notify")
@Path("/v2")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface NotifyApi {

    @POST
    @Path("notifications/sms")
    Sent sendSms(@HeaderParam("Authorization") String authorization, Sms sms);

    @GET
    @Path("notifications")
    Found byReference(@HeaderParam("Authorization") String authorization, @QueryParam("reference") String reference,
            @QueryParam("template_type") String templateType);

    /** A text to send: its words go in the template's one placeholder, {@code ((body))}. */
    record Sms(@JsonProperty("phone_number") String phoneNumber, @JsonProperty("template_id") String templateId,
            Map<String, String> personalisation, String reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Sent(String id, String reference) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Found(List<Notification> notifications) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notification(String id, String reference, String status) {
    }
}
