package nl.totalservice.onboarding.task.followup;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;

/** One recorded attempt to phone the partner. */
@Embeddable
public class CallAttempt {

    private Instant at;
    @Enumerated(EnumType.STRING)
    private CallOutcome outcome;
    private Instant callBackAt;
    private String recordedBy;
    private String note;

    protected CallAttempt() {
    }

    public CallAttempt(Instant at, CallOutcome outcome, Instant callBackAt, String recordedBy, String note) {
        this.at = at;
        this.outcome = outcome;
        this.callBackAt = callBackAt;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    public Instant at() {
        return at;
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public Instant callBackAt() {
        return callBackAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public String note() {
        return note;
    }

    CallAttempt withoutNote() {
        return new CallAttempt(at, outcome, callBackAt, recordedBy, null);
    }
}
