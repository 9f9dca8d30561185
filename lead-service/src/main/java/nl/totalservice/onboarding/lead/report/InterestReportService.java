package nl.totalservice.onboarding.lead.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import nl.totalservice.onboarding.lead.lead.InterestReason;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Management's interest report. Each lead counts once, in the month its interest was first
 * recorded (when sales made the offer), with its current decision (the latest revision).
 */
@ApplicationScoped
public class InterestReportService {

    private final EntityManager entityManager;
    private final ZoneId zone;

    public InterestReportService(EntityManager entityManager, ReportConfig config) {
        this.entityManager = entityManager;
        this.zone = config.zone();
    }

    /** {@code from} and {@code to} are inclusive dates in the report's time zone; null means open-ended. */
    @Transactional
    public InterestReport report(LocalDate from, LocalDate to, String owner) {
        return new InterestReport(from, to, owner, zone, counts(from, to, owner));
    }

    @SuppressWarnings("unchecked")
    private List<InterestCount> counts(LocalDate from, LocalDate to, String owner) {
        StringBuilder sql = new StringBuilder("select to_char(interest_first_recorded_at at time zone :zone, 'YYYY-MM'),"
                + " lower(owner_email), max(owner_name), interested, interest_reason, count(*) from lead"
                + " where interest_first_recorded_at is not null");
        if (from != null) {
            sql.append(" and interest_first_recorded_at >= :from");
        }
        if (to != null) {
            sql.append(" and interest_first_recorded_at < :to");
        }
        if (owner != null) {
            sql.append(" and lower(owner_email) = :owner");
        }
        sql.append(" group by 1, 2, 4, 5");
        Query query = entityManager.createNativeQuery(sql.toString());
        query.setParameter("zone", zone.getId());
        if (from != null) {
            query.setParameter("from", from.atStartOfDay(zone).toOffsetDateTime());
        }
        if (to != null) {
            query.setParameter("to", to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
        }
        if (owner != null) {
            query.setParameter("owner", owner.toLowerCase(Locale.ROOT));
        }
        List<InterestCount> counts = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            counts.add(new InterestCount((String) row[0], (String) row[1], (String) row[2], (Boolean) row[3],
                    row[4] == null ? null : InterestReason.valueOf((String) row[4]), ((Number) row[5]).longValue()));
        }
        return counts;
    }
}
