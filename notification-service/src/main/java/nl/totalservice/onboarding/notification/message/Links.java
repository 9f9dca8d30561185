package nl.totalservice.onboarding.notification.message;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Links into the partner portal and the internal front end. */
@ApplicationScoped
public class Links {

    private final String portal;
    private final String internal;

    public Links(MessageConfig config) {
        this.portal = trim(config.portalBaseUrl());
        this.internal = trim(config.internalBaseUrl().orElse(config.portalBaseUrl()));
    }

    /** The task in the partner portal. */
    public String partnerTask(UUID taskId) {
        return portal + "/tasks/" + taskId;
    }

    /** The task in the coordinator's queue. */
    public String coordinatorTask(UUID taskId) {
        return internal + "/coordinator/tasks/" + taskId;
    }

    /** The lead's progress view for sales and the coordinator. */
    public String lead(UUID leadId) {
        return internal + "/leads/" + leadId;
    }

    private static String trim(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
