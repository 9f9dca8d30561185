package nl.totalservice.onboarding.lead.onboarding;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;

/** Settings of the onboarding steps ({@code lead.onboarding.*}). */
@ConfigMapping(prefix = "lead.onboarding")
public interface OnboardingConfig {

    /** The mandatory documents checklist (step 6), in the order people work through it; fixed per lead when step 6 opens. */
    List<DocumentType> documents();

    /** One kind of document on the checklist. */
    interface DocumentType {

        /** Code of the document, UPPER_SNAKE and unique (e.g. {@code ENGAGEMENT_LETTER}). */
        String code();

        /** What the document is, for people (e.g. "Signed engagement letter"). */
        String label();

        /** Whether it must be approved before the step completes (optional ones are tracked only). */
        @WithDefault("true")
        boolean required();
    }
}
