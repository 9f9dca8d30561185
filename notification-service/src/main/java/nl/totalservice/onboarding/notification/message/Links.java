package nl.totalservice.onboarding.notification.message;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Links into the partner portal and the internal front end. */
@ApplicationScoped
public class Links {

    private static final String TASK_ID = "{taskId}";

    private final String portal;
    private final String partnerTaskPath;
    private final String internal;

    public Links(MessageConfig config) {
        this.portal = trim(config.portalBaseUrl());
        String path = config.partnerTaskPath();
        if (!path.contains(TASK_ID)) {
            throw new IllegalArgumentException("notification.partner-task-path must contain " + TASK_ID + ": " + path);
        }
        this.partnerTaskPath = path.startsWith("/") ? path : "/" + path;
        this.internal = trim(config.internalBaseUrl().orElse(config.portalBaseUrl()));
    }

    /** The task in the partner portal (the portal shows the contact person once the partner accepts). */
    public String partnerTask(UUID taskId) {
        return portal + partnerTaskPath.replace(TASK_ID, taskId.toString());
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
