package nl.totalservice.onboarding.lead.lead.rest;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.onboarding.OnboardingConfig;
import nl.totalservice.onboarding.platform.web.http.IfMatch;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Maps a lead, as an application service returned it, to its API view; every endpoint that answers
 * with the lead uses it, so the view and its {@code ETag} are the same everywhere.
 */
@ApplicationScoped
public class LeadViews {

    private final OnboardingConfig onboarding;

    public LeadViews(OnboardingConfig onboarding) {
        this.onboarding = onboarding;
    }

    public LeadView of(Lead lead) {
        return LeadView.of(lead, OnboardingView.of(lead.onboarding(), lead.documents(), onboarding.documents()));
    }

    /** A 200 with the lead's view and its version as {@code ETag}. */
    public RestResponse<LeadView> ok(Lead lead) {
        return RestResponse.ResponseBuilder.ok(of(lead)).tag(IfMatch.tag(lead.version())).build();
    }
}
