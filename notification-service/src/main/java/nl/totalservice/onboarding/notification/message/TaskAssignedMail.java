package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/**
 * What the partner reads about a task assigned to it: the company and its place, never the contact
 * person's details (personal data, shown in the portal only after the partner accepts).
 */
@TemplateData
public record TaskAssignedMail(String partnerName, String partnerContactName, String companyName,
                               String customerPlace, String notes, boolean urgent, String dueAt, String acceptBy,
                               String ownerName, String ownerEmail, String taskLink) {
}
