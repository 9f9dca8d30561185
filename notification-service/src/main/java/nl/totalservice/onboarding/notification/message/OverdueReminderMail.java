package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/** What the partner reads when it did not accept a task in time (no contact person's details: not accepted yet). */
@TemplateData
public record OverdueReminderMail(String partnerName, String partnerContactName, String companyName,
                                  String customerPlace,
                                  String acceptBy, boolean urgent, String taskLink) {
}
