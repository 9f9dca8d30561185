package nl.totalservice.onboarding.platform.localstack.faults;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of a fault run, counted from the data: what was lost (an accepted lead without its
 * decision or task, an assignment without its delivered email), what was duplicated, what is left
 * in an outbox or a dead-letter topic, and how long the slowest recovery took.
 *
 * @param flows              leads the suite started
 * @param accepted           leads whose interest was answered 200 (the ones the checks hold to account)
 * @param lost               expected effects missing: decisions, tasks, notifications, emails
 * @param duplicateEmails    emails beyond the first for one notification (counted at the SMTP server)
 * @param duplicateEffects   decisions, tasks or notifications beyond one where one is expected
 * @param stuckOutbox        outbox rows still unpublished at the end, over all services
 * @param deadLetters        records on the dead-letter topics
 * @param notRecovered       services or instances that did not become ready again on their own
 * @param recoveryMaxSeconds the slowest recovery: a restart, or the services after infrastructure came back
 */
public record Verdict(long flows, long accepted, long lost, long duplicateEmails, long duplicateEffects, long stuckOutbox,
                      long deadLetters, long notRecovered, double recoveryMaxSeconds) {

    /** Nothing lost, duplicated, stuck or dead-lettered, every service back, and at least one lead went through. */
    public boolean passed() {
        return accepted > 0 && lost == 0 && duplicateEmails == 0 && duplicateEffects == 0 && stuckOutbox == 0
                && deadLetters == 0 && notRecovered == 0;
    }

    /** The one line the suite ends with. */
    public String line() {
        return String.format(Locale.ROOT, "faults: flows=%d accepted=%d lost=%d duplicate_emails=%d stuck_outbox=%d "
                + "dead_letters=%d recovery_max_s=%.1f", flows, accepted, lost, duplicateEmails, stuckOutbox, deadLetters,
                recoveryMaxSeconds);
    }

    /** What failed, in words (empty when passed). */
    public String reasons() {
        StringBuilder reasons = new StringBuilder();
        append(reasons, accepted == 0, "no lead was accepted");
        append(reasons, lost > 0, lost + " expected effects lost");
        append(reasons, duplicateEmails > 0, duplicateEmails + " duplicate emails");
        append(reasons, duplicateEffects > 0, duplicateEffects + " duplicate decisions, tasks or notifications");
        append(reasons, stuckOutbox > 0, stuckOutbox + " outbox rows unpublished");
        append(reasons, deadLetters > 0, deadLetters + " dead letters");
        append(reasons, notRecovered > 0, notRecovered + " services not ready again on their own");
        return reasons.toString();
    }

    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("passed", passed());
        map.put("flows", flows);
        map.put("accepted", accepted);
        map.put("lost", lost);
        map.put("duplicateEmails", duplicateEmails);
        map.put("duplicateEffects", duplicateEffects);
        map.put("stuckOutbox", stuckOutbox);
        map.put("deadLetters", deadLetters);
        map.put("notRecovered", notRecovered);
        map.put("recoveryMaxSeconds", Math.round(recoveryMaxSeconds * 10) / 10.0);
        map.put("line", line());
        map.put("reasons", reasons());
        return map;
    }

    private static void append(StringBuilder reasons, boolean condition, String reason) {
        if (condition) {
            reasons.append(reasons.isEmpty() ? "" : "; ").append(reason);
        }
    }
}
