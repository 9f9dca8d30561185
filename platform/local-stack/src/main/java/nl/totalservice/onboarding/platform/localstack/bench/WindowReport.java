package nl.totalservice.onboarding.platform.localstack.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * What one window of load showed: the flows scheduled in it, judged with what had happened by the
 * cut-off (the end of the drain, or of the step), and the CPU each process used during it.
 */
final class WindowReport {

    final String name;
    final double offeredPerSecond;
    final double completedPerSecond;
    final Holds holds;
    final Map<String, Object> data = new LinkedHashMap<>();
    private final List<String> text = new ArrayList<>();

    private WindowReport(String name, double offered, double completed, Holds holds) {
        this.name = name;
        this.offeredPerSecond = offered;
        this.completedPerSecond = completed;
        this.holds = holds;
    }

    /**
     * @param flows    every flow of the run
     * @param start    window start ({@link System#nanoTime()})
     * @param end      window end
     * @param cutoff   what happened after this does not count (the drain's end, or the step's end)
     * @param rate     the offered rate asked for
     */
    static WindowReport evaluate(String name, List<Flow> flows, long start, long end, long cutoff, double rate,
                                 CpuSnapshot cpuStart, CpuSnapshot cpuEnd, Map<String, Map<String, Long>> answers,
                                 int cores) {
        double seconds = (end - start) / 1e9;
        List<Flow> scheduled = scheduledIn(flows, start, end);
        long completed = flows.stream().filter(flow -> between(flow.emailReceived, start, end)).count();
        long finished = scheduled.stream().filter(flow -> happened(flow.emailReceived, cutoff)).count();
        long failed = scheduled.stream().filter(flow -> flow.failed).count();
        double offered = scheduled.size() / seconds;
        double completedRate = completed / seconds;
        Map<String, Percentiles> latency = new LinkedHashMap<>();
        latency.put("interest -> decision (PartnerMatched seen on partner-events)",
                latency(scheduled, cutoff, f -> f.interestSent, f -> f.decided));
        latency.put("interest -> task (TaskCreated seen on task-events)", latency(scheduled, cutoff, f -> f.interestSent, f -> f.taskCreated));
        latency.put("interest -> task seen in the queue (GET /api/queue, polled)",
                latency(scheduled, cutoff, f -> f.interestSent, f -> f.seenInQueue));
        latency.put("assignment -> email accepted by SMTP", latency(scheduled, cutoff, f -> f.assignmentSent, f -> f.emailReceived));
        latency.put("register lead (HTTP, from the scheduled start)", latency(scheduled, cutoff, f -> f.scheduled, f -> f.registered));
        latency.put("record interest (HTTP)", latency(scheduled, cutoff, f -> f.interestSent, f -> f.interestRecorded));
        latency.put("assign (HTTP)", latency(scheduled, cutoff, f -> f.assignmentSent, f -> f.assigned));
        latency.put("whole flow: scheduled start -> email", latency(scheduled, cutoff, f -> f.scheduled, f -> f.emailReceived));
        long inProgressStart = inProgress(flows, start);
        long inProgressEnd = inProgress(flows, end);
        Percentiles interestToTask = latency.get("interest -> task (TaskCreated seen on task-events)");
        Holds holds = Holds.judge(rate, completedRate, interestToTask.p99(), inProgressStart, inProgressEnd);

        WindowReport report = new WindowReport(name, offered, completedRate, holds);
        Map<String, Object> d = report.data;
        d.put("name", name);
        d.put("seconds", round(seconds));
        d.put("rateAskedFlowsPerSecond", rate);
        d.put("offeredFlowsPerSecond", round(offered));
        d.put("completedFlowsPerSecond", round(completedRate));
        d.put("flowsScheduled", scheduled.size());
        d.put("flowsScheduledAndFinishedByCutoff", finished);
        d.put("flowsFailed", failed);
        d.put("cutoffSecondsAfterWindow", round((cutoff - end) / 1e9));
        d.put("flowsInProgressAtStart", inProgressStart);
        d.put("flowsInProgressAtEnd", inProgressEnd);
        d.put("holds", holds.held());
        d.put("holdsFailedBecause", holds.reasons());
        Map<String, Object> latencies = new LinkedHashMap<>();
        latency.forEach((metric, percentiles) -> latencies.put(metric, percentiles.toMap()));
        d.put("latency", latencies);
        Map<String, Map<String, Long>> windowAnswers = answers;
        d.put("httpAnswers", windowAnswers);
        d.put("httpErrors", Http.errors(windowAnswers));

        Map<String, Double> cpu = cpuEnd.secondsSince(cpuStart);
        double cpuTotal = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        double machineBusy = (cpuEnd.machineBusy() - cpuStart.machineBusy()) / ProcStats.TICKS_PER_SECOND;
        double machineTotal = (cpuEnd.machineTotal() - cpuStart.machineTotal()) / ProcStats.TICKS_PER_SECOND;
        Map<String, Object> cpuData = new LinkedHashMap<>();
        cpu.forEach((process, used) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("cpuSeconds", round(used));
            entry.put("cpuMsPerCompletedFlow", completed == 0 ? null : round(used * 1000 / completed));
            entry.put("cpuMsPerOfferedFlow", scheduled.isEmpty() ? null : round(used * 1000 / scheduled.size()));
            entry.put("shareOfMachinePercent", round(used * 100 / (seconds * cores)));
            cpuData.put(process, entry);
        });
        d.put("cpu", cpuData);
        d.put("cpuMsPerCompletedFlowAllProcesses", completed == 0 ? null : round(cpuTotal * 1000 / completed));
        d.put("machineBusyPercent", machineTotal == 0 ? null : round(machineBusy * 100 / machineTotal));
        d.put("machineBusyNotThisRunPercent", machineTotal == 0 ? null : round(Math.max(0, machineBusy - cpuTotal) * 100 / machineTotal));

        List<String> t = report.text;
        t.add(String.format(Locale.ROOT, "%s: %.0f s at %.1f flows/s offered -> %.1f flows/s completed (emails received in the window)",
                name, seconds, offered, completedRate));
        t.add(String.format(Locale.ROOT, "  flows scheduled %d, finished by the cut-off %d, failed %d; in progress at start %d, at end %d",
                scheduled.size(), finished, failed, inProgressStart, inProgressEnd));
        t.add("  HOLDS: " + (holds.held() ? "yes" : "NO (" + String.join("; ", holds.reasons()) + ")"));
        latency.forEach((metric, percentiles) -> t.add(String.format(Locale.ROOT, "  %-62s %s", metric, percentiles.describe())));
        t.add("  HTTP errors (non-2xx or failed calls): " + Http.errors(windowAnswers));
        t.add(String.format(Locale.ROOT, "  CPU: ms per completed flow | per offered flow (equal when it holds) | share of %d cores",
                cores));
        cpu.forEach((process, used) -> t.add(String.format(Locale.ROOT, "    %-34s %8.2f | %8.2f ms/flow  %5.1f %%", process,
                completed == 0 ? Double.NaN : used * 1000 / completed,
                scheduled.isEmpty() ? Double.NaN : used * 1000 / scheduled.size(), used * 100 / (seconds * cores))));
        t.add(String.format(Locale.ROOT, "    %-34s %8.2f | %8.2f ms/flow  %5.1f %%", "all of the above",
                completed == 0 ? Double.NaN : cpuTotal * 1000 / completed,
                scheduled.isEmpty() ? Double.NaN : cpuTotal * 1000 / scheduled.size(), cpuTotal * 100 / (seconds * cores)));
        t.add(String.format(Locale.ROOT, "  machine busy %.0f %% of the window; %.0f %% of the machine went to other processes (noise)",
                machineTotal == 0 ? 0 : machineBusy * 100 / machineTotal,
                machineTotal == 0 ? 0 : Math.max(0, machineBusy - cpuTotal) * 100 / machineTotal));
        return report;
    }

    /**
     * Adds interest -> task by the second in which the interest was sent (seconds since the run's
     * {@code origin}, as the sampler's time series), and names the slowest seconds: a tail made by a
     * few stalls shows as a few bad seconds, one made by steady overload as many.
     */
    void latencyOverTime(List<Flow> flows, long start, long end, long cutoff, long origin) {
        Map<Long, List<Flow>> bySecond = new java.util.TreeMap<>();
        for (Flow flow : scheduledIn(flows, start, end)) {
            if (flow.interestSent != 0) {
                bySecond.computeIfAbsent((flow.interestSent - origin) / 1_000_000_000L, second -> new ArrayList<>()).add(flow);
            }
        }
        List<Map<String, Object>> series = new ArrayList<>();
        bySecond.forEach((second, inSecond) -> {
            Percentiles toTask = latency(inSecond, cutoff, f -> f.interestSent, f -> f.taskCreated);
            Percentiles toDecision = latency(inSecond, cutoff, f -> f.interestSent, f -> f.decided);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", second);
            entry.put("flows", inSecond.size());
            entry.put("interestToTaskP50Ms", toTask.p50());
            entry.put("interestToTaskMaxMs", toTask.max());
            entry.put("interestToDecisionMaxMs", toDecision.max());
            series.add(entry);
        });
        data.put("interestToTaskBySecond", series);
        List<Map<String, Object>> slowest = series.stream()
                .sorted(java.util.Comparator.comparing((Map<String, Object> entry) -> orInfinity(entry.get("interestToTaskMaxMs")))
                        .reversed())
                .limit(8).toList();
        long over = series.stream().filter(entry -> orInfinity(entry.get("interestToTaskMaxMs")) >= 1000).count();
        text.add(String.format(Locale.ROOT, "  interest -> task by second of interest: %d of %d seconds had a flow at 1 s or more; slowest"
                + " (s since start: max ms):", over, series.size()));
        text.add("    " + String.join(", ", slowest.stream().map(entry -> entry.get("at") + ": "
                + (entry.get("interestToTaskMaxMs") == null ? "n/r" : Math.round((Double) entry.get("interestToTaskMaxMs")))).toList()));
    }

    private static double orInfinity(Object millis) {
        return millis == null ? Double.POSITIVE_INFINITY : (Double) millis;
    }

    /** Adds how much of each service's CPU went to JIT compiler and garbage collector threads. */
    void threadBreakdown(CpuSnapshot start, CpuSnapshot end) {
        breakdown("cpuMsPerCompletedFlowInJitAndGcThreads", "", start, end);
    }

    /**
     * Adds how much of PostgreSQL's CPU went to each service's connections (the backends serving its
     * database), and the rest: PostgreSQL's own processes (WAL writer, checkpointer, autovacuum) and
     * connections that closed during the window.
     *
     * @param postgresSeconds the CPU seconds of all PostgreSQL's processes in the window
     */
    void postgresBreakdown(CpuSnapshot start, CpuSnapshot end, double postgresSeconds) {
        Map<String, Double> byDatabase = breakdown("cpuMsPerCompletedFlowInPostgresqlConnections", "postgresql: ", start, end);
        double connections = byDatabase.values().stream().mapToDouble(Double::doubleValue).sum();
        long completed = completedFlows();
        double rest = Math.max(0, postgresSeconds - connections);
        data.put("cpuMsPerCompletedFlowInPostgresqlOwnProcessesAndClosedConnections",
                completed == 0 ? null : round(rest * 1000 / completed));
        text.add(String.format(Locale.ROOT, "    %-56s %8.2f ms/flow",
                "of which postgresql: own processes, closed connections", completed == 0 ? Double.NaN : rest * 1000 / completed));
    }

    private Map<String, Double> breakdown(String key, String prefix, CpuSnapshot start, CpuSnapshot end) {
        long completed = completedFlows();
        Map<String, Object> breakdown = new LinkedHashMap<>();
        Map<String, Double> seconds = end.secondsSince(start);
        seconds.forEach((part, used) -> {
            breakdown.put(part, completed == 0 ? null : round(used * 1000 / completed));
            text.add(String.format(Locale.ROOT, "    %-56s %8.2f ms/flow", "of which " + prefix + part,
                    completed == 0 ? Double.NaN : used * 1000 / completed));
        });
        data.put(key, breakdown);
        return seconds;
    }

    /**
     * Adds each service's garbage-collection pauses during the window (stop-the-world: the service handles
     * nothing meanwhile); a service whose metrics did not answer at the start or the end is named as such.
     */
    void gcPauses(Map<String, GcPauses.Totals> start, Map<String, GcPauses.Totals> end, List<String> services) {
        Map<String, GcPauses.Totals> window = GcPauses.between(start, end);
        Map<String, Object> pauses = new LinkedHashMap<>();
        text.add("  GC pauses in the window (stop-the-world; each service's /q/metrics):");
        for (String service : services) {
            GcPauses.Totals totals = window.get(service);
            pauses.put(service, totals == null ? null : totals.toMap());
            text.add(String.format(Locale.ROOT, "    %-22s %s", service,
                    totals == null ? "(its metrics did not answer)" : totals.describe()));
        }
        data.put("gcPausesInWindow", pauses);
    }

    /** Emails received during the window. */
    long completedFlows() {
        return Math.round(completedPerSecond * (Double) data.get("seconds"));
    }

    List<String> text() {
        return text;
    }

    static Percentiles latency(List<Flow> flows, long cutoff, ToLongFunction<Flow> from, ToLongFunction<Flow> to) {
        long[] values = new long[flows.size()];
        int n = 0;
        int missing = 0;
        for (Flow flow : flows) {
            long a = from.applyAsLong(flow);
            long b = to.applyAsLong(flow);
            if (happened(a, cutoff) && happened(b, cutoff)) {
                values[n++] = b - a;
            } else if (!flow.failed) {
                missing++;
            }
        }
        return Percentiles.of(java.util.Arrays.copyOf(values, n), missing);
    }

    /** The measured flows scheduled in the window [start, end): the ones a window is judged by. */
    private static List<Flow> scheduledIn(List<Flow> flows, long start, long end) {
        return flows.stream()
                .filter(flow -> flow.phase == Flow.Phase.MEASURED && flow.scheduled >= start && flow.scheduled < end).toList();
    }

    /** Flows started by {@code at} that had not finished (nor failed) by then. */
    static long inProgress(List<Flow> flows, long at) {
        return flows.stream().filter(flow -> flow.scheduled <= at && !flow.failed
                && (flow.emailReceived == 0 || flow.emailReceived > at)).count();
    }

    private static boolean happened(long at, long cutoff) {
        return at != 0 && at <= cutoff;
    }

    private static boolean between(long at, long start, long end) {
        return at != 0 && at >= start && at < end;
    }

    static Double round(double value) {
        return Double.isFinite(value) ? Math.round(value * 100) / 100.0 : null;
    }
}
