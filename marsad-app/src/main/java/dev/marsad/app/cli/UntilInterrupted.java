package dev.marsad.app.cli;

import java.util.concurrent.CountDownLatch;

/**
 * Blocks a command until Ctrl-C or SIGTERM. Open it before the resources a server holds, so that try-with-resources
 * closes them first: the shutdown hook waits for {@link #close()}, so the JVM does not halt mid-cleanup.
 */
final class UntilInterrupted implements AutoCloseable {
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread hook;

    UntilInterrupted() {
        hook = new Thread(() -> {
            stop.countDown();
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "marsad-shutdown");
        java.lang.Runtime.getRuntime().addShutdownHook(hook);
    }

    void await() throws InterruptedException {
        stop.await();
    }

    @Override
    public void close() {
        closed.countDown();
        if (stop.getCount() > 0) {
            // Closed without a signal (an exception): the hook is not needed any more.
            java.lang.Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
