package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class WindowReportTest {

    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void judgesTheFlowsScheduledInTheWindowAndChargesCpuPerCompletedFlow() {
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < 100; i++) { // 10 s at 10 flows/s, each done 300 ms after its interest
            Flow flow = new Flow(i, Flow.Phase.MEASURED, 100 * S + i * 100 * MS);
            flow.registered = flow.scheduled + 10 * MS;
            flow.interestSent = flow.registered;
            flow.interestRecorded = flow.interestSent + 10 * MS;
            flow.decided = flow.interestSent + 100 * MS;
            flow.taskCreated = flow.interestSent + 150 * MS;
            flow.seenInQueue = flow.interestSent + 200 * MS;
            flow.assignmentSent = flow.seenInQueue;
            flow.assigned = flow.assignmentSent + 20 * MS;
            flow.emailReceived = flow.assignmentSent + 100 * MS;
            flows.add(flow);
        }
        flows.add(new Flow(1000, Flow.Phase.WARMUP, 100 * S)); // not in the window's phase
        CpuSnapshot before = new CpuSnapshot(100 * S, Map.of("partner-service", 1000L), 0, 0);
        CpuSnapshot after = new CpuSnapshot(110 * S, Map.of("partner-service", 1500L), 1800, 2000);

        WindowReport report = WindowReport.evaluate("window", flows, 100 * S, 110 * S, 120 * S, 10, before, after,
                Map.of("POST /api/leads", Map.of("201", 100L, "503", 2L)), 2);

        assertThat(report.offeredPerSecond).isEqualTo(10.0);
        assertThat(report.completedPerSecond).isEqualTo(9.7); // the last three emails arrive after the window
        assertThat(report.holds.held()).isTrue();
        assertThat(report.data).containsEntry("flowsScheduled", 100).containsEntry("flowsFailed", 0L)
                .containsEntry("httpErrors", Map.of("POST /api/leads", 2L));
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> latency = (Map<String, Map<String, Object>>) report.data.get("latency");
        assertThat(latency.get("interest -> task (TaskCreated seen on task-events)")).containsEntry("p99Ms", 150.0);
        assertThat(latency.get("assignment -> email accepted by SMTP")).containsEntry("p50Ms", 100.0);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> cpu = (Map<String, Map<String, Object>>) report.data.get("cpu");
        assertThat(cpu.get("partner-service")).containsEntry("cpuSeconds", 5.0)
                .containsEntry("cpuMsPerCompletedFlow", 51.55) // 5 s over 97 emails
                .containsEntry("shareOfMachinePercent", 25.0);
        assertThat(report.data).containsEntry("machineBusyNotThisRunPercent", 65.0);
        assertThat(report.text()).anyMatch(line -> line.contains("HOLDS: yes"));
    }

    @Test
    void aFlowWithoutItsTaskByTheCutoffIsLateNotForgotten() {
        List<Flow> flows = tenFlows(flow -> {
            flow.interestSent = flow.scheduled + 5 * MS;
            // the last one's task comes after the cut-off
            flow.taskCreated = flow.number < 9 ? flow.interestSent + 50 * MS : 5 * S;
        });
        CpuSnapshot cpu = new CpuSnapshot(0, Map.of(), 0, 0);

        WindowReport report = WindowReport.evaluate("step", flows, 0, S, 2 * S, 10, cpu, cpu, Map.of(), 2);

        assertThat(report.holds.held()).isFalse();
        assertThat(report.holds.reasons()).contains("p99 interest -> task not reached >= 1000 ms");
        assertThat(report.text()).anyMatch(line -> line.contains("HOLDS: NO"));
    }

    @Test
    void splitsPostgresqlsCpuByTheServicesConnectionsAndTheRest() {
        List<Flow> flows = tenFlows(flow -> flow.emailReceived = flow.scheduled + 200 * MS);
        CpuSnapshot cpu = new CpuSnapshot(0, Map.of(), 0, 0);
        WindowReport report = WindowReport.evaluate("window", flows, 0, 2 * S, 3 * S, 5, cpu, cpu, Map.of(), 2);
        Map<String, Long> start = new LinkedHashMap<>();
        start.put("lead-service's connections", 100L);
        start.put("task-service's connections", 200L);
        Map<String, Long> end = new LinkedHashMap<>();
        end.put("lead-service's connections", 130L); // 0.3 s
        end.put("task-service's connections", 250L); // 0.5 s

        report.postgresBreakdown(new CpuSnapshot(0, start, 0, 0), new CpuSnapshot(2 * S, end, 0, 0), 1.0);

        assertThat(report.data.get("cpuMsPerCompletedFlowInPostgresqlConnections")).isEqualTo(
                Map.of("lead-service's connections", 30.0, "task-service's connections", 50.0)); // over 10 flows
        assertThat(report.data).containsEntry("cpuMsPerCompletedFlowInPostgresqlOwnProcessesAndClosedConnections", 20.0);
        assertThat(report.text()).anyMatch(line -> line.contains("of which postgresql: task-service's connections")
                && line.contains("50.00 ms/flow"));
    }

    /** Ten measured flows, one every 100 ms from time 0, each filled in by {@code timings}. */
    private static List<Flow> tenFlows(Consumer<Flow> timings) {
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Flow flow = new Flow(i, Flow.Phase.MEASURED, i * 100 * MS);
            timings.accept(flow);
            flows.add(flow);
        }
        return flows;
    }

    @Test
    void namesTheSecondsWhoseInterestsWaitedLongestForTheirTask() {
        long origin = 0;
        List<Flow> flows = new ArrayList<>();
        for (int i = 0; i < 30; i++) { // 10 flows in each of seconds 100, 101 and 102 since the origin
            Flow flow = new Flow(i, Flow.Phase.MEASURED, 100 * S + i * 100 * MS);
            flow.interestSent = flow.scheduled;
            flow.decided = flow.interestSent + 20 * MS;
            flow.taskCreated = flow.interestSent + (i == 13 ? 1500 : 40) * MS; // one slow flow in second 101
            flows.add(flow);
        }
        Flow late = new Flow(30, Flow.Phase.MEASURED, 102 * S + 500 * MS);
        late.interestSent = late.scheduled; // never got its task: counts as not reached, not as fast
        flows.add(late);
        flows.add(new Flow(31, Flow.Phase.WARMUP, 100 * S)); // not measured
        WindowReport report = WindowReport.evaluate("window", flows, 100 * S, 103 * S, 110 * S, 10,
                new CpuSnapshot(0, Map.of(), 0, 0), new CpuSnapshot(1, Map.of(), 0, 0), Map.of(), 2);

        report.latencyOverTime(flows, 100 * S, 103 * S, 110 * S, origin);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> series = (List<Map<String, Object>>) report.data.get("interestToTaskBySecond");
        assertThat(series).extracting(entry -> entry.get("at")).containsExactly(100L, 101L, 102L);
        assertThat(series).extracting(entry -> entry.get("flows")).containsExactly(10, 10, 11);
        assertThat(series.get(0)).containsEntry("interestToTaskMaxMs", 40.0).containsEntry("interestToDecisionMaxMs", 20.0);
        assertThat(series.get(1)).containsEntry("interestToTaskMaxMs", 1500.0).containsEntry("interestToTaskP50Ms", 40.0);
        assertThat(series.get(2)).containsEntry("interestToTaskMaxMs", null); // its late flow was not reached
        assertThat(report.text()).contains(
                "  interest -> task by second of interest: 2 of 3 seconds had a flow at 1 s or more; slowest (s since start: max ms):",
                "    102: n/r, 101: 1500, 100: 40");
    }
}
