package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/** What the coordinator reads when a task returned to the queue because its partner missed the deadline. */
@TemplateData
public record OverdueEscalationMail(String partnerName, String partnerPhone, String partnerEmail,
                                    String companyName, String customerPlace, String reason, String ownerName,
                                    String ownerEmail, String taskLink) {
}
