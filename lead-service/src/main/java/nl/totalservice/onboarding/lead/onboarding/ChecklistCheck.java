package nl.totalservice.onboarding.lead.onboarding;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Refuses to start with a checklist whose codes are malformed or repeated: documents are addressed by code. */
@Singleton
public class ChecklistCheck {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    void onStart(@Observes StartupEvent event, OnboardingConfig config) {
        Set<String> seen = new HashSet<>();
        for (OnboardingConfig.DocumentType type : config.documents()) {
            if (!CODE.matcher(type.code()).matches()) {
                throw new IllegalStateException("lead.onboarding.documents: code '" + type.code()
                        + "' must be UPPER_SNAKE (at most 50 characters)");
            }
            if (!seen.add(type.code())) {
                throw new IllegalStateException("lead.onboarding.documents: code " + type.code() + " appears twice");
            }
        }
    }
}
