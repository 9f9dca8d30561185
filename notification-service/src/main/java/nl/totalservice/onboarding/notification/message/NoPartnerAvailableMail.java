package nl.totalservice.onboarding.notification.message;

import io.quarkus.qute.TemplateData;

import java.util.List;

/** What the coordinator reads when no partner could be matched to a lead ({@code leadName}: company, else "lead <id>"). */
@TemplateData
public record NoPartnerAvailableMail(String leadName, String leadId, String trigger, String explanation,
                                     List<String> reasons,
                                     List<Candidate> candidates, String ownerName, String ownerEmail,
                                     String leadLink) {

    /** One partner that was considered, and why it was excluded. */
    @TemplateData
    public record Candidate(String name, String exclusions, String distance) {
    }
}
