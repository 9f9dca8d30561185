package nl.totalservice.onboarding.platform.localstack.bench;

import java.util.UUID;

/**
 * One lead's way through the system, as the benchmark sees it: {@link System#nanoTime()} of each
 * step, 0 while it has not happened. Written by several threads (HTTP callbacks, the event watcher,
 * the SMTP receiver); each field once.
 */
public final class Flow {

    public final long number;
    final Phase phase;
    /** When the open loop meant to start it (latency counts from here, not from when it was sent). */
    final long scheduled;
    public volatile UUID leadId;
    public volatile UUID taskId;
    volatile long registered;
    volatile long interestSent;
    public volatile long interestRecorded;
    volatile long decided;
    volatile long taskCreated;
    volatile long seenInQueue;
    volatile long assignmentSent;
    volatile long assigned;
    public volatile long emailReceived;
    public volatile boolean failed;

    Flow(long number, Phase phase, long scheduled) {
        this.number = number;
        this.phase = phase;
        this.scheduled = scheduled;
    }

    boolean done() {
        return emailReceived != 0;
    }

    /** The phase of the run a flow belongs to. */
    public enum Phase { WARMUP, IDLE, MEASURED }
}
