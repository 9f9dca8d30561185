package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/** What the coordinator and the owner read: phone this partner now about an urgent task. */
@TemplateData
public record UrgentCallMail(String recipientName, String partnerName, String partnerContactName,
                             String partnerPhone, String partnerEmail, String companyName, String customerPlace,
                             String customerContactName, String customerPhone, String notes, String acceptBy,
                             String ownerName, String ownerEmail, String taskLink) {
}
