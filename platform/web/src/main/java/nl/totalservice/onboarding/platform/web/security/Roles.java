package nl.totalservice.onboarding.platform.web.security;

/** The roles a bearer token carries in its {@code groups} claim. */
public final class Roles {

    /** Sales people and the CRM: register leads, record interest, follow progress. */
    public static final String SALES = "sales";
    /** The central coordinator: manages partners, assigns follow-up tasks. */
    public static final String COORDINATOR = "coordinator";
    /** A user of a partner firm; the token's {@code partner_id} claim names the firm. */
    public static final String PARTNER = "partner";
    /** Operations: delivery logs, replays, reports. */
    public static final String OPS = "ops";

    private Roles() {
    }
}
