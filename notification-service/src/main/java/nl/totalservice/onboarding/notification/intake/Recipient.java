package nl.totalservice.onboarding.notification.intake;

import nl.totalservice.onboarding.notification.message.Language;

/** Someone a message goes to, in the language they read. */
public record Recipient(String email, String name, Language language) {
}
