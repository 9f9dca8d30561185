package nl.totalservice.onboarding.platform.localstack.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** CPU ticks used so far by each process of the run, and by the whole machine, at one moment. */
record CpuSnapshot(long at, Map<String, Long> ticks, long machineBusy, long machineTotal) {

    static CpuSnapshot take(Map<String, LongSupplier> processes) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        processes.forEach((name, supplier) -> ticks.put(name, supplier.getAsLong()));
        long[] machine = ProcStats.machineTicks();
        return new CpuSnapshot(System.nanoTime(), ticks, machine[0], machine[1]);
    }

    /** CPU seconds per process between {@code before} and this one. */
    Map<String, Double> secondsSince(CpuSnapshot before) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        ticks.forEach((name, value) -> seconds.put(name,
                (value - before.ticks.getOrDefault(name, 0L)) / ProcStats.TICKS_PER_SECOND));
        return seconds;
    }
}
