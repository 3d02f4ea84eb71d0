package io.waymark.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/** A job outcome body: by default a 16-hour permanent job gained ten days ago, paid £13 an hour. */
public final class OutcomeBuilder {

    private final Map<String, Object> fields = new HashMap<>();

    private OutcomeBuilder(String type) {
        fields.put("type", type);
        fields.put("jobTitle", "Kitchen assistant");
        fields.put("sector", "Hospitality");
        fields.put("contractType", "PERMANENT");
        fields.put("startDate", LocalDate.now(ZoneId.of("Europe/London")).minusDays(10).toString());
        fields.put("hoursPerWeek", 16);
        fields.put("hourlyPay", 13.00);
    }

    public static OutcomeBuilder aJobGainedWith(String employerId) {
        return new OutcomeBuilder("GAINED").with("employerId", employerId);
    }

    public static OutcomeBuilder aJobRetainedWith(String employerId) {
        return new OutcomeBuilder("RETAINED").with("employerId", employerId);
    }

    public static OutcomeBuilder selfEmployment() {
        return new OutcomeBuilder("SELF_EMPLOYED").without("contractType").without("hourlyPay")
                .with("jobTitle", "Dog walker").with("sector", "Animal care");
    }

    public OutcomeBuilder startingOn(LocalDate date) {
        return with("startDate", date.toString());
    }

    public OutcomeBuilder hours(Object hoursPerWeek) {
        return with("hoursPerWeek", hoursPerWeek);
    }

    public OutcomeBuilder pay(Object hourlyPay) {
        return with("hourlyPay", hourlyPay);
    }

    public OutcomeBuilder enteringInWorkSupport() {
        return with("enterInWorkSupport", true);
    }

    public OutcomeBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public OutcomeBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new HashMap<>(fields);
    }
}
