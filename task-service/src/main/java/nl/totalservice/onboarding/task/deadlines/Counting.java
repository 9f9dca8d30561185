package nl.totalservice.onboarding.task.deadlines;

/** How a deadline's period is counted. */
public enum Counting {
    /** In the working calendar's time: the clock pauses outside office hours, on holidays and closed days. */
    WORKING_TIME,
    /** Elapsed time, night and weekend included (e.g. for urgent tasks a coordinator watches round the clock). */
    AROUND_THE_CLOCK
}
