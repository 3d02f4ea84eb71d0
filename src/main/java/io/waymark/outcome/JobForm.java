package io.waymark.outcome;

import io.waymark.common.Params;
import io.waymark.customfield.OwnFieldsForm;
import io.waymark.web.Forms;
import java.util.HashMap;
import java.util.Map;

/**
 * The job form of the pages (recording a job on the client's page, correcting it on the job's page), as typed: what
 * goes back to the page when it is refused, and the API's request it stands for.
 */
public record JobForm(String type, String employerId, String jobTitle, String sector, String contractType,
        String startDate, String hoursPerWeek, String hourlyPay, String apprentice, String jobMatchId,
        Map<String, Object> custom) {

    /** Each field by its id on the page, with the label the page shows. */
    public static final Map<String, String> LABELS = Map.of("type", "Outcome", "employerId", "Employer",
            "jobTitle", "Job title", "sector", "Sector", "contractType", "Contract", "startDate", "Start date",
            "hoursPerWeek", "Hours a week", "hourlyPay", "Pay an hour", "apprentice", "An apprenticeship");

    /** The form filled in with the job as recorded, for correcting it. */
    static JobForm of(OutcomeView job) {
        return new JobForm(job.type().name(), job.employerId() == null ? "" : job.employerId().toString(), job.jobTitle(),
                job.sector(), job.contractType() == ContractType.SELF_EMPLOYED ? "" : job.contractType().name(),
                job.startDate().toString(), job.hours().get(0).hoursPerWeek().toPlainString(),
                job.hourlyPay() == null ? "" : job.hourlyPay().toPlainString(), job.apprentice() ? "yes" : "", null,
                job.custom());
    }

    /** The form filled in from an accepted match: the opportunity's employer, title, hours and pay, starting today. */
    public static JobForm of(JobMatch match, java.time.LocalDate today) {
        var opportunity = match.opportunity;
        return new JobForm(OutcomeType.GAINED.name(), match.employer.id.toString(),
                opportunity == null ? "" : opportunity.title, match.employer.sector, "", today.toString(),
                opportunity == null || opportunity.hoursPerWeek == null ? "" : opportunity.hoursPerWeek.toPlainString(),
                opportunity == null || opportunity.hourlyPay == null ? "" : opportunity.hourlyPay.toPlainString(), "",
                match.id.toString(), null);
    }

    public Map<String, String> values() {
        Map<String, String> values = new HashMap<>(OwnFieldsForm.typed(custom));
        values.putAll(Map.of("type", Forms.typed(type), "employerId", Forms.typed(employerId), "jobTitle", Forms.typed(jobTitle),
                "sector", Forms.typed(sector), "contractType", Forms.typed(contractType), "startDate", Forms.typed(startDate),
                "hoursPerWeek", Forms.typed(hoursPerWeek), "hourlyPay", Forms.typed(hourlyPay), "apprentice", Forms.typed(apprentice),
                "jobMatchId", Forms.typed(jobMatchId)));
        return values;
    }

    public OutcomeRequest request() {
        return new OutcomeRequest(Params.enumValue(OutcomeType.class, "type", type), Params.uuid("employerId", employerId),
                Params.uuid("jobMatchId", jobMatchId), jobTitle, sector, Params.enumValue(ContractType.class, "contractType", contractType),
                Params.date("startDate", startDate), Forms.decimal("hoursPerWeek", hoursPerWeek),
                Forms.decimal("hourlyPay", hourlyPay), apprentice != null && !apprentice.isBlank(), false, null, custom);
    }
}
