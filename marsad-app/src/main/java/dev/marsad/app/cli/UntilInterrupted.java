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

    /** Ends {@link #await} without a signal (a part the command cannot go on without has failed). */
    void release() {
        stop.countDown();
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            // Closed without a signal (an exception, or released): the hook is not needed any more.
            java.lang.Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down (a signal): the hook is running and waits for this close.
        }
    }
}
