package io.waymark.support;

import io.waymark.security.Roles;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A team made through the API as an admin and a team lead would: a new team, workers who have signed in once, and
 * their caseload limits.
 */
public final class TeamBuilder {

    /** A worker in a built team: their staff id and a token to act as them. */
    public record Worker(String staffId, String name, String token) {
    }

    /** The team, its lead's token, and its workers by name. */
    public record BuiltTeam(String id, String name, String leadToken, Map<String, Worker> workers) {

        public Worker worker(String name) {
            return workers.get(name);
        }

        public Api lead() {
            return Api.as(leadToken);
        }
    }

    private final String organisation;
    private final String name = "Team " + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, Integer> limits = new LinkedHashMap<>();

    private TeamBuilder(String organisation) {
        this.organisation = organisation;
    }

    public static TeamBuilder aTeamIn(String organisation) {
        return new TeamBuilder(organisation);
    }

    /** A worker with their own limit; null keeps the organisation's default. */
    public TeamBuilder withWorker(String name, Integer limit) {
        limits.put(name, limit);
        return this;
    }

    public BuiltTeam build() {
        Api admin = Api.as(Tokens.admin(organisation));
        String teamId = admin.request().body(Map.of("name", name)).post("/api/v1/teams")
                .then().statusCode(201).extract().path("id");
        String leadToken = Tokens.named("lead-" + UUID.randomUUID(), "Lead of " + name, organisation, Roles.TEAM_LEAD);
        Api lead = Api.as(leadToken);
        join(lead, teamId, signIn(leadToken), "TEAM_LEAD");
        Map<String, Worker> workers = new LinkedHashMap<>();
        limits.forEach((workerName, limit) -> {
            String token = Tokens.named("worker-" + UUID.randomUUID(), workerName, organisation, Roles.WORKER);
            String staffId = signIn(token);
            join(lead, teamId, staffId, "WORKER");
            if (limit != null) {
                Map<String, Object> body = new HashMap<>();
                body.put("limit", limit);
                lead.request().body(body).put("/api/v1/caseloads/limits/{id}", staffId).then().statusCode(200);
            }
            workers.put(workerName, new Worker(staffId, workerName, token));
        });
        return new BuiltTeam(teamId, name, leadToken, workers);
    }

    private static String signIn(String token) {
        return Api.as(token).request().get("/api/v1/me").then().statusCode(200).extract().path("id");
    }

    private static void join(Api lead, String teamId, String staffId, String role) {
        lead.request().body(Map.of("role", role)).put("/api/v1/teams/{team}/members/{staff}", teamId, staffId)
                .then().statusCode(200);
    }
}
