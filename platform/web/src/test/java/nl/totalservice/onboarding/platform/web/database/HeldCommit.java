package nl.totalservice.onboarding.platform.web.database;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Lets a test stop the database while a request's transaction has written and not yet committed. */
final class HeldCommit {

    private static volatile CountDownLatch written = new CountDownLatch(1);
    private static volatile CountDownLatch released = new CountDownLatch(1);

    private HeldCommit() {
    }

    static void reset() {
        written = new CountDownLatch(1);
        released = new CountDownLatch(1);
    }

    /** In the request: says the row is written, waits until the test lets it commit. */
    static void holdBeforeCommit() throws InterruptedException {
        written.countDown();
        if (!released.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the commit");
        }
    }

    static boolean awaitWritten() throws InterruptedException {
        return written.await(60, TimeUnit.SECONDS);
    }

    static void release() {
        released.countDown();
    }
}
