package io.waymark.report;

import io.waymark.common.Params;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;

/** The query parameters of a report, read as text so that a bad value is a 400 naming the parameter. */
public class ReportQuery {

    @RestQuery
    public String quarter;

    @RestQuery
    public String from;

    @RestQuery
    public String to;

    @RestQuery
    public String teamId;

    @RestQuery
    public String workerId;

    @RestQuery
    public String programme;

    @RestQuery
    public String localAuthority;

    @RestQuery
    public String clientGroup;

    @RestQuery
    public String supportLevel;

    @RestQuery
    public String ageBand;

    /** One of the organisation's own fields, and the value the clients counted have in it. */
    @RestQuery
    public String field;

    @RestQuery
    public String fieldValue;

    /** The outcome definition to count jobs under; none counts every recorded job. */
    @RestQuery
    public String definition;

    public boolean hasPeriod() {
        return quarter != null || from != null || to != null;
    }

    public ReportPeriod period() {
        return ReportPeriod.parse(quarter, from, to);
    }

    public UUID definition() {
        return Params.uuid("definition", definition);
    }

    public ReportFilter filter() {
        return ReportFilter.parse(teamId, workerId, programme, localAuthority, clientGroup, supportLevel, ageBand, field,
                fieldValue);
    }
}
