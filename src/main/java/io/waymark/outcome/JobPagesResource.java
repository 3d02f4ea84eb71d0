package io.waymark.outcome;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.waymark.common.Params;
import io.waymark.customfield.CustomFieldService;
import io.waymark.customfield.FieldRecord;
import io.waymark.customfield.OwnFieldsForm;
import io.waymark.security.Act;
import io.waymark.security.Roles;
import io.waymark.staff.CurrentStaff;
import io.waymark.staff.StaffView;
import io.waymark.web.Forms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A job's page: the job as recorded, and putting it right (correct what was recorded, end it, remove a job recorded
 * in error, correct a check's answer) through the same service and rules as the API.
 */
@Path("/app/clients/{clientId}/jobs/{outcomeId}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class JobPagesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance job(StaffView me, JobFile file, Map<String, String> errors,
                Map<String, String> values);
    }

    private static final Map<String, String> END_LABELS = Map.of("endDate", "Last day in the job",
            "endReason", "Why it ended");
    private static final Map<String, String> REMOVAL_LABELS = Map.of("removal-reason", "Why it was recorded in error",
            "removal-confirm", "Confirm");

    @Inject
    CustomFieldService fields;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    JobFileQuery files;

    @Inject
    OutcomeService outcomes;

    @GET
    @RolesAllowed({Roles.WORKER, Roles.TEAM_LEAD, Roles.HWB_ADVISOR, Roles.ADMIN})
    public TemplateInstance job(@PathParam("clientId") UUID clientId, @PathParam("outcomeId") UUID outcomeId) {
        JobFile file = files.of(clientId, outcomeId);
        return Templates.job(currentStaff.view(), file, Map.of(), asRecorded(file));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> correct(@PathParam("clientId") UUID clientId,
            @PathParam("outcomeId") UUID outcomeId, @RestForm String version, @RestForm String type,
            @RestForm String employerId, @RestForm String jobTitle, @RestForm String sector,
            @RestForm String contractType, @RestForm String startDate, @RestForm String hoursPerWeek,
            @RestForm String hourlyPay, @RestForm String apprentice, @RestForm List<String> customKey,
            @RestForm List<String> customValue, @RestForm List<String> customChoice) {
        JobForm form = new JobForm(type, employerId, jobTitle, sector, contractType, startDate, hoursPerWeek, hourlyPay,
                apprentice, null, OwnFieldsForm.values(customKey, customValue, customChoice));
        return Forms.act(() -> {
            OutcomeRequest request = form.request();
            Forms.validate(request);
            outcomes.correct(clientId, outcomeId, Params.version(version), request);
        }, page(clientId, outcomeId), "Job corrected: " + form.values().get("jobTitle"),
                fields.labels(FieldRecord.JOB_OUTCOME, JobForm.LABELS),
                errors -> again(clientId, outcomeId, errors, form.values()));
    }

    @POST
    @Path("end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> end(@PathParam("clientId") UUID clientId,
            @PathParam("outcomeId") UUID outcomeId, @RestForm String endDate, @RestForm String endReason,
            @RestForm String moveBackToJobMatching) {
        Map<String, String> values = Map.of("endDate", Forms.typed(endDate), "endReason", Forms.typed(endReason),
                "moveBackToJobMatching", Forms.typed(moveBackToJobMatching));
        return Forms.act(() -> {
            JobEndRequest request = new JobEndRequest(Params.date("endDate", endDate), endReason,
                    moveBackToJobMatching != null && !moveBackToJobMatching.isBlank());
            Forms.validate(request, Map.of("reason", "endReason"));
            outcomes.end(clientId, outcomeId, request);
        }, page(clientId, outcomeId), "Job ended on " + Forms.typed(endDate), END_LABELS,
                errors -> again(clientId, outcomeId, errors, values));
    }

    /** A job recorded in error leaves the record, once the worker has said why and confirmed it. */
    @POST
    @Path("removal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.RECORD_JOB)
    public RestResponse<TemplateInstance> remove(@PathParam("clientId") UUID clientId,
            @PathParam("outcomeId") UUID outcomeId, @RestForm String version, @RestForm String reason,
            @RestForm String confirm) {
        Map<String, String> values = Map.of("removal-reason", Forms.typed(reason));
        return Forms.act(() -> {
            JobRemovalRequest request = new JobRemovalRequest(reason);
            Forms.validate(request, Map.of("reason", "removal-reason"));
            Forms.confirmed(confirm, "removal-confirm", "remove this job from the record");
            outcomes.remove(clientId, outcomeId, Params.version(version), request);
        }, "/app/clients/" + clientId, "Job removed as recorded in error", REMOVAL_LABELS,
                errors -> again(clientId, outcomeId, errors, values));
    }

    @POST
    @Path("follow-ups/{followUpId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Act.ANSWER_FOLLOW_UP)
    public RestResponse<TemplateInstance> correctAnswer(@PathParam("clientId") UUID clientId,
            @PathParam("outcomeId") UUID outcomeId, @PathParam("followUpId") UUID followUpId,
            @RestForm String version, @RestForm String answer, @RestForm String hoursPerWeek,
            @RestForm String notInEmploymentSince, @RestForm String verifiedBy, @RestForm String reason) {
        AnswerForm form = new AnswerForm(followUpId, answer, hoursPerWeek, notInEmploymentSince, verifiedBy, reason);
        return Forms.act(() -> form.answer(request -> outcomes.correctAnswer(clientId, outcomeId, followUpId,
                        Params.version(version), request)),
                page(clientId, outcomeId), "Answer corrected", Map.of(form.id(), "Sustainment check"),
                errors -> again(clientId, outcomeId, errors, form.values()));
    }

    private TemplateInstance again(UUID clientId, UUID outcomeId, Map<String, String> errors, Map<String, String> typed) {
        JobFile file = files.of(clientId, outcomeId);
        Map<String, String> values = asRecorded(file);
        values.putAll(typed);
        return Templates.job(currentStaff.view(), file, errors, values);
    }

    /** The forms filled in with the job and its answers as recorded, ready to be corrected. */
    private static Map<String, String> asRecorded(JobFile file) {
        Map<String, String> values = new HashMap<>(JobForm.of(file.job()).values());
        file.job().followUps().stream().filter(f -> f.answer() != null)
                .forEach(f -> values.putAll(AnswerForm.of(f).values()));
        return values;
    }

    private static String page(UUID clientId, UUID outcomeId) {
        return "/app/clients/" + clientId + "/jobs/" + outcomeId;
    }
}
