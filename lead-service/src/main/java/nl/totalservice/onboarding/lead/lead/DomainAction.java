package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the customer's domain was made for the total service or an existing one was changed. */
@Schema(description = "CREATED (a new domain for the customer) or CHANGED (the customer's existing domain was "
        + "set up for the total service)", examples = "CREATED")
public enum DomainAction {
    CREATED,
    CHANGED
}
