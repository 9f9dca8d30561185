package nl.totalservice.onboarding.lead.lead;

import java.time.Instant;

/**
 * Step 4's data: which domain, created or changed, by whom and when.
 *
 * @param identifier the domain's identifier in the bookkeeping software
 * @param performedBy who created or changed it (not necessarily who records it)
 */
public record DomainRecord(String identifier, DomainAction action, String performedBy, Instant performedAt) {
}
