package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/** What the owner (sales) reads when a partner declined the follow-up of its lead. */
@TemplateData
public record TaskDeclinedMail(String ownerName, String partnerName, String companyName, String reason,
                               String note, String declinedBy, int declinedCount, String leadLink) {
}
