package nl.totalservice.onboarding.platform.localstack.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProcStatsTest {

    @Test
    void readsCpuTicksAfterACommandNameWithSpacesAndParentheses() {
        String stat = "4242 (C2 Compiler (x) 1) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 89 10 20 0 40 0 100 0 0";

        String[] fields = ProcStats.parseStat(stat);

        assertThat(fields[0]).isEqualTo("S");
        assertThat(fields[11]).as("utime").isEqualTo("1234");
        assertThat(fields[12]).as("stime").isEqualTo("567");
        assertThat(fields[13]).as("cutime").isEqualTo("89");
        assertThat(fields[14]).as("cstime").isEqualTo("10");
    }

    @Test
    void countsTheMachinesBusyTimeWithoutIdleAndIoWait() {
        long[] ticks = ProcStats.parseMachine("cpu  100 5 50 1000 20 3 2 7 0 0");

        assertThat(ticks).containsExactly(167, 1187);
    }

    @Test
    void measuresThisProcess() {
        long pid = ProcessHandle.current().pid();

        long own = ProcStats.cpuTicks(pid);

        assertThat(own).isPositive();
        assertThat(ProcStats.treeTicks(pid)).as("read later, children included").isGreaterThanOrEqualTo(own);
        double resident = ProcStats.rssMib(pid);
        assertThat(ProcStats.peakRssMib(pid)).as("the peak, read later").isGreaterThanOrEqualTo(resident).isPositive();
        assertThat(ProcStats.loadAverage()).matches("[0-9.]+ [0-9.]+ [0-9.]+");
    }

    @Test
    void givesNothingForAProcessThatIsGone() {
        assertThat(ProcStats.cpuTicks(Long.MAX_VALUE)).isZero();
        assertThat(ProcStats.treeTicks(Long.MAX_VALUE)).isZero();
        assertThat(ProcStats.peakRssMib(Long.MAX_VALUE)).isZero();
    }

    @Test
    void tellsJitCompilerAndGarbageCollectorThreadsFromTheRest() {
        assertThat(ProcStats.kindOf("C2 CompilerThre")).isEqualTo(ProcStats.ThreadKind.JIT);
        assertThat(ProcStats.kindOf("C1 CompilerThre")).isEqualTo(ProcStats.ThreadKind.JIT);
        assertThat(ProcStats.kindOf("G1 Conc#0")).isEqualTo(ProcStats.ThreadKind.GC);
        assertThat(ProcStats.kindOf("GC Thread#1")).isEqualTo(ProcStats.ThreadKind.GC);
        assertThat(ProcStats.kindOf("executor-thread-4")).isEqualTo(ProcStats.ThreadKind.OTHER);
        assertThat(ProcStats.threadTicks(ProcessHandle.current().pid(), ProcStats.ThreadKind.OTHER)).isPositive();
    }

    @Test
    void readsTheDatabaseOfAPostgresqlBackendFromItsTitle() {
        assertThat(ProcStats.backendDatabase("postgres: postgres tasks 127.0.0.1(37060) idle     ")).isEqualTo("tasks");
        assertThat(ProcStats.backendDatabase("postgres: app leads 10.0.0.7(5432) idle in transaction")).isEqualTo("leads");
        assertThat(ProcStats.backendDatabase("postgres: checkpointer   ")).isNull();
        assertThat(ProcStats.backendDatabase("postgres: autovacuum launcher")).isNull();
        assertThat(ProcStats.backendDatabase("postgres: logical replication launcher")).isNull();
        assertThat(ProcStats.backendDatabase("postgres -D /data/postgres")).isNull();
        assertThat(ProcStats.backendTicks(ProcessHandle.current().pid(), "tasks")).as("no backends here").isZero();
    }
}
