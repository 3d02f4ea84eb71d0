package io.waymark.support;

import io.smallrye.jwt.build.Jwt;
import io.waymark.security.Roles;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signed bearer tokens as the organisation's identity provider would issue them. */
public final class Tokens {

    public static final String NORTH = "north-works";
    public static final String SOUTH = "south-care";
    /** Has an organisation claim, but the organisation was never registered. */
    public static final String UNREGISTERED = "west-unknown";
    /** Holds only the hand-worked cohort of the report tests. */
    public static final String REPORTS = "east-reports";
    /** Its own outcome definitions change its follow-up schedules, so only the definition tests use it. */
    public static final String RULES = "west-rules";
    /** Its reports hold only the jobs of the tests of correcting records. */
    public static final String RECORDS = "north-records";
    /** Shares No One Left Behind with its national lead beside REPORTS, for the national report's tests. */
    public static final String NATIONAL = "south-national";
    /** Takes referrals through its public form and partners' links; only the referral tests use it. */
    public static final String REFERRALS = "east-referrals";

    private Tokens() {
    }

    public static String worker(String organisation) {
        return token("worker-" + organisation, organisation, Roles.WORKER);
    }

    public static String teamLead(String organisation) {
        return token("lead-" + organisation, organisation, Roles.TEAM_LEAD);
    }

    public static String advisor(String organisation) {
        return token("advisor-" + organisation, organisation, Roles.HWB_ADVISOR);
    }

    public static String admin(String organisation) {
        return token("admin-" + organisation, organisation, Roles.ADMIN);
    }

    /** A user nobody has seen before: a fresh subject each call. */
    public static String newWorker(String organisation) {
        return token("worker-" + UUID.randomUUID(), organisation, Roles.WORKER);
    }

    /** A new health and wellbeing advisor with a name of their own. */
    public static String newAdvisor(String name, String organisation) {
        return named("advisor-" + UUID.randomUUID(), name, organisation, Roles.HWB_ADVISOR);
    }

    /** A funder's commissioner: no organisation, a funder claim. */
    public static String commissioner(String funder) {
        return reader("commissioner-" + funder, "Commissioner of " + funder, "funder", funder, Roles.COMMISSIONER);
    }

    /** A programme's national lead: no organisation, a programme claim. */
    public static String nationalCommissioner(String programme) {
        return reader("national-" + programme, "National lead of " + programme, "programme", programme,
                Roles.NATIONAL_COMMISSIONER);
    }

    /** Someone who reads aggregates only: no organisation, the claim that says whose. */
    private static String reader(String subject, String name, String claim, String value, String role) {
        return Jwt.subject(subject).preferredUserName(subject).claim("name", name).claim(claim, value)
                .claim("realm_access", Map.of("roles", List.of(role)))
                .issuer("https://server.example.com").audience("https://service.example.com")
                .sign();
    }

    public static String withoutOrganisation() {
        return Jwt.subject("orphan").preferredUserName("orphan")
                .claim("realm_access", Map.of("roles", List.of(Roles.WORKER)))
                .issuer("https://server.example.com").audience("https://service.example.com")
                .sign();
    }

    public static String token(String subject, String organisation, String... roles) {
        return named(subject, "Test " + subject, organisation, roles);
    }

    /** A token for a person with this display name, so that names in answers read naturally in a test. */
    public static String named(String subject, String name, String organisation, String... roles) {
        return Jwt.subject(subject)
                .preferredUserName(subject)
                .claim("name", name)
                .claim("organisation", organisation)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .issuer("https://server.example.com")
                .audience("https://service.example.com")
                .sign();
    }
}
