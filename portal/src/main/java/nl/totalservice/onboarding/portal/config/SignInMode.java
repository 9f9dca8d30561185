package nl.totalservice.onboarding.portal.config;

/** How people sign in to the portal. */
public enum SignInMode {
    /** The organisation's identity provider (OpenID Connect authorization code flow). */
    OIDC,
    /** A page that lets anyone pick a role and a partner: for the local stack and tests only. */
    DEVELOPMENT
}
