package nl.totalservice.onboarding.lead.inbound;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** lead-service's reading of PartnerMatched and NoPartnerAvailable (partner-events): only what it uses. */
public record PartnerDecisionEvent(Instant occurredAt, UUID decisionId, UUID leadId, String trigger, String rule,
                                   UUID partnerId, String partnerName, String explanation, List<String> reasons) {

    String summary(String type) {
        if ("PartnerMatched".equals(type)) {
            return "Partner " + name() + " proposed (rule " + rule + ", trigger " + trigger + ")"
                    + (explanation == null ? "" : ": " + explanation);
        }
        if (explanation != null && !explanation.isBlank()) {
            return "No partner available (trigger " + trigger + "): " + explanation;
        }
        return "No partner available (trigger " + trigger + ")"
                + (reasons == null || reasons.isEmpty() ? "" : ": " + String.join("; ", reasons));
    }

    private String name() {
        return partnerName != null ? partnerName : String.valueOf(partnerId);
    }
}
