package nl.totalservice.onboarding.lead.lead;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How the lead came in. */
@Schema(description = "How the lead came in", examples = "WEBSITE")
public enum LeadSource {
    /** A form or chat on the company's website. */
    WEBSITE,
    /** The customer phoned sales. */
    PHONE,
    /** The customer emailed sales. */
    EMAIL,
    /** Met at a fair, seminar or other event. */
    EVENT,
    /** A partner accounting firm referred the customer. */
    PARTNER_REFERRAL,
    /** A marketing campaign (mailing, advertisement). */
    CAMPAIGN,
    /** A customer of the bookkeeping software who now wants the total service. */
    EXISTING_CUSTOMER,
    /** Anything else; say what in the notes. */
    OTHER
}
