package nl.totalservice.onboarding.lead.onboarding;

import nl.totalservice.onboarding.lead.LeadState;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.util.LinkedHashMap;
import java.util.Map;

/** The 409 for an onboarding step out of order: the lead's state plus where the onboarding stands. */
final class StepRefusal {

    private StepRefusal() {
    }

    static ProblemException of(String detail, LeadState state, Onboarding onboarding) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("currentState", state.name());
        OnboardingStep next = onboarding.nextStep();
        extensions.put("nextStep", next == null ? "NONE" : next.name());
        extensions.put("completedSteps", onboarding.completedSteps().stream().map(Enum::name).toList());
        return new ProblemException(409, "illegal-transition", "Not allowed in the current state", detail, extensions);
    }
}
