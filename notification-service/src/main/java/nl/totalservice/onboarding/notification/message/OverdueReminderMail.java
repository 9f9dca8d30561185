package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

/** What the partner reads when it did not accept a task in time. */
@TemplateData
public record OverdueReminderMail(String partnerName, String partnerContactName, String companyName,
                                  String customerContactName, String customerPhone, String customerPlace,
                                  String acceptBy, boolean urgent, String taskLink) {
}
