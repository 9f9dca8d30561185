package nl.totalservice.onboarding.notification.intake;

/** The {@code ce_type}s this service acts on (docs/events.md). */
public final class EventTypes {

    public static final String TASK_ASSIGNED = "TaskAssigned";
    public static final String TASK_OVERDUE = "TaskOverdue";
    public static final String TASK_RETURNED_TO_QUEUE = "TaskReturnedToQueue";
    public static final String TASK_DECLINED = "TaskDeclined";
    public static final String NO_PARTNER_AVAILABLE = "NoPartnerAvailable";
    public static final String PARTNER_REGISTERED = "PartnerRegistered";
    public static final String PARTNER_UPDATED = "PartnerUpdated";

    private EventTypes() {
    }
}
