package nl.totalservice.onboarding.portal.web;

import io.quarkus.qute.TemplateData;
import nl.totalservice.onboarding.portal.api.Result;

import java.util.Map;

/** An action (form) that a service refused or could not take: shown at that form, with its fields' messages. */
@TemplateData
public record ActionProblem(String action, Result<?> result) {

    /** Whether this problem belongs to the form of {@code name}. */
    public boolean concerns(String name) {
        return action.equals(name);
    }

    public String message() {
        return result.message();
    }

    public boolean unavailable() {
        return result.unavailable();
    }

    public String service() {
        return result.service();
    }

    public Map<String, String> fields() {
        return result.fieldErrors();
    }
}
