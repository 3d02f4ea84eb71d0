package io.waymark.referral;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import io.waymark.common.DomainException;
import io.waymark.common.InvalidInput;
import io.waymark.common.Params;
import io.waymark.web.Forms;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The referral forms anyone may fill in, without signing in: the organisation's self-referral form
 * ({@code /refer/<organisation>}) and its partners' links ({@code /refer/<organisation>/<secret>}). Plain HTML that
 * works without JavaScript. A sent form is answered the same way whatever it says, so it reveals nothing about the
 * organisation's clients; a filled-in honeypot is answered the same way too, and saved nowhere.
 */
@Path("/refer/{organisation}")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public class PublicReferralPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(ReferralForm form, Map<String, String> errors,
                Map<String, String> values, List<ContactBy> channels);

        static native TemplateInstance sent(String organisationName);

        static native TemplateInstance notFound();

        static native TemplateInstance tooMany();
    }

    /** Each field by its id on the page, with its label. */
    private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("firstName", "First name"),
            Map.entry("lastName", "Last name"), Map.entry("preferredName", "Name you like to be called"),
            Map.entry("dateOfBirth", "Date of birth"), Map.entry("email", "Email address"),
            Map.entry("phone", "Phone number"), Map.entry("postcode", "Postcode"),
            Map.entry("contactBy", "How should we contact you?"), Map.entry("about", "What help would you like?"),
            Map.entry("agreed", "Agreement"), Map.entry("referrerName", "Your name"),
            Map.entry("referrerEmail", "Your email address"), Map.entry("referrerPhone", "Your phone number"));

    @Inject
    ReferralService referrals;

    @Inject
    SubmissionLimits limits;

    @Inject
    MeterRegistry meters;

    @GET
    public RestResponse<TemplateInstance> selfReferral(@PathParam("organisation") String organisation) {
        return referrals.selfReferralForm(organisation).map(form -> RestResponse.ok(page(form, Map.of(), Map.of())))
                .orElseGet(PublicReferralPagesResource::notFound);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> sendSelfReferral(@PathParam("organisation") String organisation,
            @Context HttpServerRequest http, @RestForm String website, @RestForm String firstName,
            @RestForm String lastName, @RestForm String preferredName, @RestForm String dobDay,
            @RestForm String dobMonth, @RestForm String dobYear, @RestForm String email, @RestForm String phone,
            @RestForm String postcode, @RestForm List<String> contactBy, @RestForm String about,
            @RestForm String agreed) {
        Sent sent = new Sent(firstName, lastName, preferredName, dobDay, dobMonth, dobYear, email, phone, postcode,
                contactBy, about, agreed, null, null, null, List.of());
        return send(referrals.selfReferralForm(organisation), http, website, sent);
    }

    @GET
    @Path("sent")
    public RestResponse<TemplateInstance> sent(@PathParam("organisation") String organisation) {
        return referrals.organisationName(organisation).map(name -> RestResponse.ok(Templates.sent(name)))
                .orElseGet(PublicReferralPagesResource::notFound);
    }

    @GET
    @Path("{token}")
    public RestResponse<TemplateInstance> partnerReferral(@PathParam("organisation") String organisation,
            @PathParam("token") String token) {
        return referrals.partnerForm(organisation, token).map(form -> RestResponse.ok(page(form, Map.of(), Map.of())))
                .orElseGet(PublicReferralPagesResource::notFound);
    }

    @POST
    @Path("{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public RestResponse<TemplateInstance> sendPartnerReferral(@PathParam("organisation") String organisation,
            @PathParam("token") String token, @Context HttpServerRequest http, @RestForm String website,
            @RestForm String firstName, @RestForm String lastName, @RestForm String preferredName,
            @RestForm String dobDay, @RestForm String dobMonth, @RestForm String dobYear, @RestForm String email,
            @RestForm String phone, @RestForm String postcode, @RestForm List<String> contactBy,
            @RestForm String about, @RestForm String agreed, @RestForm String referrerName,
            @RestForm String referrerEmail, @RestForm String referrerPhone, @RestForm("answer") List<String> answers) {
        Sent sent = new Sent(firstName, lastName, preferredName, dobDay, dobMonth, dobYear, email, phone, postcode,
                contactBy, about, agreed, referrerName, referrerEmail, referrerPhone, answers);
        return send(referrals.partnerForm(organisation, token), http, website, sent);
    }

    /** A form as it was sent, every field as typed. */
    private record Sent(String firstName, String lastName, String preferredName, String dobDay, String dobMonth,
            String dobYear, String email, String phone, String postcode, List<String> contactBy, String about,
            String agreed, String referrerName, String referrerEmail, String referrerPhone, List<String> answers) {

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>();
            values.put("firstName", Forms.typed(firstName));
            values.put("lastName", Forms.typed(lastName));
            values.put("preferredName", Forms.typed(preferredName));
            values.put("dobDay", Forms.typed(dobDay));
            values.put("dobMonth", Forms.typed(dobMonth));
            values.put("dobYear", Forms.typed(dobYear));
            values.put("email", Forms.typed(email));
            values.put("phone", Forms.typed(phone));
            values.put("postcode", Forms.typed(postcode));
            values.put("contactBy", contactBy == null ? "" : String.join(",", contactBy));
            values.put("about", Forms.typed(about));
            values.put("agreed", Forms.typed(agreed));
            values.put("referrerName", Forms.typed(referrerName));
            values.put("referrerEmail", Forms.typed(referrerEmail));
            values.put("referrerPhone", Forms.typed(referrerPhone));
            List<String> given = answers == null ? List.of() : answers;
            for (int i = 0; i < given.size(); i++) {
                values.put("answer-" + i, Forms.typed(given.get(i)));
            }
            return values;
        }

        ReferralRequest request(LocalDate dateOfBirth) {
            return new ReferralRequest(firstName, lastName, preferredName, dateOfBirth, email, phone, postcode,
                    Params.enumValues(ContactBy.class, "contactBy", contactBy), about,
                    agreed != null && !agreed.isBlank(), referrerName, referrerEmail, referrerPhone, answers);
        }

        /** A date of birth from its day, month and year boxes (the GOV.UK date input); none typed is none given. */
        LocalDate dateOfBirth() {
            if (Forms.optional(dobDay) == null && Forms.optional(dobMonth) == null && Forms.optional(dobYear) == null) {
                return null;
            }
            try {
                int year = Integer.parseInt(dobYear.strip());
                if (year < 1900) {
                    throw new InvalidInput("dateOfBirth", "the year must have 4 numbers, like 1990");
                }
                return LocalDate.of(year, Integer.parseInt(dobMonth.strip()), Integer.parseInt(dobDay.strip()));
            } catch (NumberFormatException | NullPointerException | DateTimeException e) {
                throw new InvalidInput("dateOfBirth", "enter a real date of birth, with a day, a month and a year,"
                        + " like 27 3 1990");
            }
        }
    }

    private RestResponse<TemplateInstance> send(Optional<ReferralForm> found, HttpServerRequest http, String website,
            Sent sent) {
        if (found.isEmpty()) {
            return notFound();
        }
        ReferralForm form = found.get();
        if (!limits.allow(http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress())) {
            meters.counter("waymark.referrals.refused", "why", "rate-limit").increment();
            return RestResponse.ResponseBuilder.create(RestResponse.Status.TOO_MANY_REQUESTS, Templates.tooMany())
                    .header("Retry-After", "3600").build();
        }
        URI thanks = URI.create("/refer/" + form.organisationCode() + "/sent");
        if (website != null && !website.isEmpty()) {
            // A person cannot see the field; a script that fills in every field is thanked, and nothing is kept.
            meters.counter("waymark.referrals.refused", "why", "honeypot").increment();
            return RestResponse.seeOther(thanks);
        }
        LocalDate dateOfBirth = null;
        InvalidInput badDate = null;
        try {
            dateOfBirth = sent.dateOfBirth();
        } catch (InvalidInput e) {
            badDate = e;
        }
        try {
            referrals.receive(form, sent.request(dateOfBirth));
            meters.counter("waymark.referrals.received", "from", form.fromPartner() ? "partner" : "self").increment();
            return RestResponse.seeOther(thanks);
        } catch (DomainException refused) {
            Map<String, String> labels = new LinkedHashMap<>(LABELS);
            for (int i = 0; i < form.questions().size(); i++) {
                labels.put("answer-" + i, form.questions().get(i).question());
            }
            Map<String, String> errors = Forms.errors(refused, labels);
            if (badDate != null) {
                // Every problem at once: a date that is not one, beside whatever else the form is missing.
                errors.put("dateOfBirth", labels.get("dateOfBirth") + ": " + badDate.errors().get(0).message());
            }
            return Forms.refused(refused, page(form, errors, sent.values()));
        }
    }

    private static TemplateInstance page(ReferralForm form, Map<String, String> errors, Map<String, String> values) {
        return Templates.form(form, errors, values, Arrays.asList(ContactBy.values()));
    }

    private static RestResponse<TemplateInstance> notFound() {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.NOT_FOUND, Templates.notFound()).build();
    }
}
