package nl.totalservice.onboarding.lead.lead.rest;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.lead.lead.Lead;
import nl.totalservice.onboarding.lead.onboarding.OnboardingConfig;

/** Maps leads to their API view (inside the transaction that loaded them). */
@ApplicationScoped
public class LeadViews {

    private final OnboardingConfig onboarding;

    public LeadViews(OnboardingConfig onboarding) {
        this.onboarding = onboarding;
    }

    public LeadView of(Lead lead) {
        return LeadView.of(lead, OnboardingView.of(lead.onboarding(), lead.documents(), onboarding.documents()));
    }
}
