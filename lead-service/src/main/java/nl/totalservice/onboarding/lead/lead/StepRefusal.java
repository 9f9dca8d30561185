package nl.totalservice.onboarding.lead.lead;

import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.Map;

/** The 409 for an onboarding step out of order: the lead's state plus where the onboarding stands. */
final class StepRefusal {

    private StepRefusal() {
    }

    static ProblemException of(String detail, LeadState state, Onboarding onboarding) {
        OnboardingStep next = onboarding.nextStep();
        return ProblemException.illegalTransition(detail, state, Map.of(
                "nextStep", next == null ? "NONE" : next.name(),
                "completedSteps", onboarding.completedSteps().stream().map(Enum::name).toList()));
    }
}
