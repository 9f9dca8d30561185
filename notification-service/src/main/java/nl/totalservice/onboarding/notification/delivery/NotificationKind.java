package nl.totalservice.onboarding.notification.delivery;

import java.util.Locale;

/** Why a message is sent; each kind has its own template. */
public enum NotificationKind {
    /** The partner hears that a follow-up task was assigned to it. */
    TASK_ASSIGNED(true),
    /** Coordinator and owner: phone this partner now, the task is urgent. */
    URGENT_CALL(false),
    /** The partner is reminded that it did not accept in time. */
    OVERDUE_REMINDER(true),
    /** The coordinator hears that a task went back to the queue because its partner missed the deadline. */
    OVERDUE_ESCALATION(false),
    /** The owner (sales) hears that a partner declined the follow-up. */
    TASK_DECLINED(false),
    /** The coordinator hears that no partner could be matched to a lead. */
    NO_PARTNER_AVAILABLE(false);

    private final boolean forPartner;

    NotificationKind(boolean forPartner) {
        this.forPartner = forPartner;
    }

    /** Whether this kind goes to the partner's own email address (the others go to people of ours). */
    public boolean isForPartner() {
        return forPartner;
    }

    /** The folder of this kind's templates under {@code templates/mail}: {@code TASK_ASSIGNED} is {@code task-assigned}. */
    public String template() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
