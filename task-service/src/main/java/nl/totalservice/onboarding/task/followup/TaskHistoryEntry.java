package nl.totalservice.onboarding.task.followup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a task's history: who did what, when, and the state it left the task in. */
@Entity
@Table(name = "follow_up_task_history")
public class TaskHistoryEntry {

    @Id
    private UUID id;
    private int seq;
    private Instant at;
    private String actor;
    @Enumerated(EnumType.STRING)
    private HistoryAction action;
    @Enumerated(EnumType.STRING)
    private TaskStatus statusAfter;
    private UUID partnerId;
    private String code;
    private String note;

    protected TaskHistoryEntry() {
    }

    TaskHistoryEntry(int seq, Instant at, String actor, HistoryAction action, TaskStatus statusAfter, UUID partnerId,
                     String code, String note) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.statusAfter = statusAfter;
        this.partnerId = partnerId;
        this.code = code;
        this.note = note;
    }

    public int seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public HistoryAction action() {
        return action;
    }

    public TaskStatus statusAfter() {
        return statusAfter;
    }

    public UUID partnerId() {
        return partnerId;
    }

    /** A reason, outcome or other code that goes with the action (e.g. NO_CAPACITY). */
    public String code() {
        return code;
    }

    public String note() {
        return note;
    }

    void eraseNote() {
        note = null;
    }
}
