package io.waymark.security;

/** The realm roles Waymark knows; they come from the identity provider's token. */
public final class Roles {

    public static final String WORKER = "worker";
    public static final String TEAM_LEAD = "team-lead";
    public static final String HWB_ADVISOR = "hwb-advisor";
    public static final String ADMIN = "admin";
    /** A funder's commissioner: aggregate reports of the services they fund, never a client's identity. */
    public static final String COMMISSIONER = "commissioner";
    /**
     * A national commissioner (a government programme's lead): one programme's aggregate figures across the providers
     * that share them, named by the {@code programme} claim of their token.
     */
    public static final String NATIONAL_COMMISSIONER = "national-commissioner";

    private Roles() {
    }
}
