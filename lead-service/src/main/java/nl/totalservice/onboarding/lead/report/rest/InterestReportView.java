package nl.totalservice.onboarding.lead.report.rest;

import nl.totalservice.onboarding.lead.lead.InterestReason;
import nl.totalservice.onboarding.lead.report.InterestCount;
import nl.totalservice.onboarding.lead.report.InterestReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Management's interest report. */
@Schema(name = "InterestReport", description = "How many customers wanted the total service, and why the others did "
        + "not. Each lead counts once: in the month its interest was first recorded, with its current decision.")
public record InterestReportView(
        @Schema(description = "First day of the period (inclusive), or null", examples = "2026-07-01") LocalDate from,
        @Schema(description = "Last day of the period (inclusive), or null", examples = "2026-09-30") LocalDate to,
        @Schema(description = "Owner filter, or null", examples = "sanne.devries@totalservice.nl") String owner,
        @Schema(description = "Time zone of the dates and months", examples = "Europe/Amsterdam") String timeZone,
        @Schema(description = "Leads with a decision in the period", examples = "120") long total,
        @Schema(description = "Of which interested", examples = "42") long interested,
        @Schema(description = "Of which not interested", examples = "78") long notInterested,
        @Schema(description = "Not interested, per reason (every reason, also with 0)") List<ReasonCount> byReason,
        @Schema(description = "Per sales owner") List<Breakdown> byOwner,
        @Schema(description = "Per month (YYYY-MM)") List<Breakdown> byMonth) {

    @Schema(name = "InterestReasonCount", description = "Not-interested leads with one reason")
    public record ReasonCount(
            @Schema(description = "Reason code") InterestReason reason,
            @Schema(description = "What the reason means", examples = "Already has an accountant") String label,
            @Schema(description = "Leads", examples = "31") long count) {
    }

    @Schema(name = "InterestBreakdown", description = "Counts for one owner or one month")
    public record Breakdown(
            @Schema(description = "The owner's email or the month (YYYY-MM)", examples = "2026-07") String key,
            @Schema(description = "The owner's name (for owners), or null", examples = "Sanne de Vries") String name,
            @Schema(description = "Leads with a decision", examples = "40") long total,
            @Schema(description = "Interested", examples = "15") long interested,
            @Schema(description = "Not interested", examples = "25") long notInterested) {
    }

    public static InterestReportView of(InterestReport report) {
        LocalDate from = report.from();
        LocalDate to = report.to();
        String owner = report.owner();
        ZoneId zone = report.zone();
        List<InterestCount> rows = report.counts();
        long interested = rows.stream().filter(InterestCount::interested).mapToLong(InterestCount::count).sum();
        long notInterested = rows.stream().filter(row -> !row.interested()).mapToLong(InterestCount::count).sum();
        Map<InterestReason, Long> perReason = rows.stream().filter(row -> !row.interested() && row.reason() != null)
                .collect(Collectors.groupingBy(InterestCount::reason, Collectors.summingLong(InterestCount::count)));
        List<ReasonCount> byReason = Arrays.stream(InterestReason.values())
                .map(reason -> new ReasonCount(reason, reason.label(), perReason.getOrDefault(reason, 0L))).toList();
        return new InterestReportView(from, to, owner, zone.getId(), interested + notInterested, interested,
                notInterested, byReason, breakdown(rows, InterestCount::ownerEmail, true), breakdown(rows, InterestCount::month, false));
    }

    private static List<Breakdown> breakdown(Collection<InterestCount> rows, Function<InterestCount, String> key, boolean named) {
        Map<String, List<InterestCount>> grouped = rows.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        return grouped.entrySet().stream().map(entry -> {
            long yes = entry.getValue().stream().filter(InterestCount::interested).mapToLong(InterestCount::count).sum();
            long no = entry.getValue().stream().filter(row -> !row.interested()).mapToLong(InterestCount::count).sum();
            String name = named ? entry.getValue().stream().map(InterestCount::ownerName).filter(n -> n != null).findFirst()
                    .orElse(null) : null;
            return new Breakdown(entry.getKey(), name, yes + no, yes, no);
        }).toList();
    }
}
