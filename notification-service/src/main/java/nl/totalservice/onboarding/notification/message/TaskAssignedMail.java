package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/** What the partner reads about a task assigned to it. */
@TemplateData
public record TaskAssignedMail(String partnerName, String partnerContactName, String companyName,
                               String customerContactName, String customerPhone, String customerEmail,
                               String customerPlace, String notes, boolean urgent, String dueAt, String acceptBy,
                               String ownerName, String ownerEmail, String taskLink) {
}
