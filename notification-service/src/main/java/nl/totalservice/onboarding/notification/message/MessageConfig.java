package nl.totalservice.onboarding.notification.message;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.ZoneId;
import java.util.Optional;

/** How messages look: sender, links and times ({@code notification.*}; the sender and intake have their own keys). */
@ConfigMapping(prefix = "notification")
public interface MessageConfig {

    /** Base URL of the partner portal; a partner's task link is this followed by {@link #partnerTaskPath()}. */
    @WithDefault("https://portal.totalservice.nl")
    String portalBaseUrl();

    /** Path of one task in the partner portal under the base URL; {@code {taskId}} is replaced by the task's id. */
    @WithDefault("/tasks/{taskId}")
    String partnerTaskPath();

    /** Base URL of the internal front end (coordinator, sales); defaults to the portal's. */
    Optional<String> internalBaseUrl();

    /** Sender address of every message. */
    @WithDefault("Total Service <noreply@totalservice.nl>")
    String from();

    /** Time zone in which times appear in messages. */
    @WithDefault("Europe/Amsterdam")
    ZoneId timeZone();
}
