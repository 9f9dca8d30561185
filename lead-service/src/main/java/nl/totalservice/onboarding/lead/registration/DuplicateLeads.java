package nl.totalservice.onboarding.lead.registration;

import jakarta.enterprise.context.ApplicationScoped;
import nl.totalservice.onboarding.lead.lead.LeadConflict;
import nl.totalservice.onboarding.lead.lead.LeadDetails;
import nl.totalservice.onboarding.lead.lead.LeadRepository;
import nl.totalservice.onboarding.platform.web.problem.ProblemException;

import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * Refuses a second lead for the same company: the same KvK number as a lead that is not withdrawn
 * (open, or onboarded: a customer already), or the same email address while a lead with it is open.
 * A company whose lead was withdrawn may come back as a new lead. The check gives the friendly answer; the unique indexes
 * {@code lead_kvk_number_unique} and {@code lead_open_email_unique} make it hold under concurrency.
 */
@ApplicationScoped
public class DuplicateLeads {

    private static final String UNIQUE_VIOLATION = "23505";

    private final LeadRepository leads;

    public DuplicateLeads(LeadRepository leads) {
        this.leads = leads;
    }

    /** Throws the 409 problem when {@code details} collide with a lead other than {@code self}. */
    public void refuseConflicts(LeadDetails details, UUID self) {
        leads.findConflicting(details.kvkNumber(), details.contact().email(), self)
                .ifPresent(existing -> {
                    throw problem(existing, details);
                });
    }

    /** Whether {@code failure} is one of the lead's unique indexes refusing a row (a concurrent duplicate). */
    public static boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null
                    && (sql.getMessage().contains("lead_kvk_number_unique")
                    || sql.getMessage().contains("lead_open_email_unique"))) {
                return true;
            }
        }
        return false;
    }

    private static ProblemException problem(LeadConflict existing, LeadDetails details) {
        boolean sameKvk = details.kvkNumber() != null && details.kvkNumber().equals(existing.kvkNumber());
        String detail = sameKvk
                ? "A lead with KvK number " + details.kvkNumber() + " already exists (" + existing.companyName()
                + ", " + existing.state() + ")"
                : "An open lead with email address " + details.contact().email().toLowerCase(Locale.ROOT)
                + " already exists (" + existing.companyName() + ", " + existing.state() + ")";
        return ProblemException.duplicate(detail, existing.id(), "/api/leads/" + existing.id());
    }
}
