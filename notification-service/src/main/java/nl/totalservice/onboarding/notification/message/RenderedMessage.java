package nl.totalservice.onboarding.notification.message;

/** A message ready to send: one subject line, a plain-text body and an HTML body saying the same. */
public record RenderedMessage(String subject, String text, String html) {
}
