package nl.totalservice.onboarding.platform.localstack.faults;

import java.util.ArrayList;
import java.util.List;

/** Counts, over the accepted leads, what is missing and what is there twice; keeps the first problems in words. */
public final class Tally {

    private static final int PROBLEMS_KEPT = 50;

    private long lost;
    private long duplicateEmails;
    private long duplicateEffects;
    private long problemCount;
    private final List<String> problems = new ArrayList<>();

    public static Tally of(List<LeadFacts> leads) {
        Tally tally = new Tally();
        leads.forEach(tally::add);
        return tally;
    }

    private void add(LeadFacts lead) {
        expect(lead, "decision on interest", lead.interestDecisions(), 1);
        expect(lead, "follow-up task", lead.tasks(), 1);
        expect(lead, "decision after a decline", lead.declineDecisions(), lead.declines());
        expect(lead, "TASK_ASSIGNED notification", lead.notifications().size(), lead.assignments());
        for (LeadFacts.Notification notification : lead.notifications()) {
            if (notification.emails() == 0 || !notification.sent()) {
                lost++;
                problem(lead, "notification " + notification.id() + (notification.sent() ? " marked SENT" : " not SENT")
                        + ", " + notification.emails() + " emails at the SMTP server");
            } else if (notification.emails() > 1) {
                duplicateEmails += notification.emails() - 1;
                problem(lead, "notification " + notification.id() + ": " + notification.emails() + " emails at the SMTP server");
            }
        }
    }

    private void expect(LeadFacts lead, String what, long actual, long expected) {
        if (actual < expected) {
            lost += expected - actual;
            problem(lead, what + ": " + actual + " of " + expected);
        } else if (actual > expected) {
            duplicateEffects += actual - expected;
            problem(lead, what + ": " + actual + " where " + expected + " expected");
        }
    }

    private void problem(LeadFacts lead, String text) {
        problemCount++;
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add("lead " + lead.leadId() + ": " + text);
        }
    }

    public long lost() {
        return lost;
    }

    public long duplicateEmails() {
        return duplicateEmails;
    }

    public long duplicateEffects() {
        return duplicateEffects;
    }

    /** The first problems found, in words; {@link #problemCount()} says how many there were in all. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public long problemCount() {
        return problemCount;
    }
}
