package nl.totalservice.onboarding.notification.intake.payload;

import java.util.List;
import java.util.UUID;

/** What we read of partner-service's {@code NoPartnerAvailable}: the coordinator must step in. */
public record NoPartnerAvailable(UUID decisionId, UUID leadId, String trigger, List<String> reasons,
                                 String explanation, List<Candidate> candidates, Owner owner, UUID taskId) {

    public NoPartnerAvailable {
        Require.present(leadId, "NoPartnerAvailable", "leadId");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** A partner that was considered; {@code distanceKm} is null when unknown. */
    public record Candidate(UUID partnerId, String name, Boolean eligible, List<String> exclusions,
                            Double distanceKm) {

        public Candidate {
            exclusions = exclusions == null ? List.of() : List.copyOf(exclusions);
        }
    }
}
