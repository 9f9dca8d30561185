package nl.totalservice.onboarding.platform.localstack;

import java.util.concurrent.ForkJoinPool;

/**
 * A common pool of at least two threads for this JVM (the benchmark's load generator, the fault suite).
 *
 * <p>{@code java.net.http} hands every response of {@code sendAsync} to {@code CompletableFuture}'s
 * default executor. That is the common {@link ForkJoinPool} only when its parallelism (processors
 * minus one) is above one; with one or two processors it is a new thread per task. On the two-core
 * development machine the load generator started four threads per flow, about 240 a second at 60
 * flows/s, each with its own stack and thread-local buffers. With two threads in the common pool
 * those hand-offs reuse its workers. Runs first in {@code main}: the pool's size is read once, when
 * {@code ForkJoinPool} is first used. A size set on the command line is kept.
 */
public final class AsyncPool {

    static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private AsyncPool() {
    }

    /** Sets the common pool's parallelism to two where it would be below that; returns the pool's parallelism. */
    public static int atLeastTwoThreads() {
        if (System.getProperty(PARALLELISM) == null && Runtime.getRuntime().availableProcessors() <= 2) {
            System.setProperty(PARALLELISM, "2");
        }
        return ForkJoinPool.getCommonPoolParallelism();
    }
}
