package dev.marsad.kafka;

import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs long-lived loops until Ctrl-C or SIGTERM: the signal closes each (a worker finishes its page, the placer
 * writes and commits what it read) and the JVM waits for them. A kill -9 skips all that and loses nothing either.
 */
final class UntilStopped {
    private UntilStopped() {
    }

    /** Runs {@code loops} on threads of their own; returns when all have ended (1 when any failed, else 0). */
    static int run(List<? extends Runnable> loops, List<? extends AutoCloseable> closers, String name) {
        CountDownLatch ended = new CountDownLatch(loops.size());
        CountDownLatch first = new CountDownLatch(1);
        int[] failed = {0};
        List<Thread> threads = new java.util.ArrayList<>();
        for (int i = 0; i < loops.size(); i++) {
            Runnable loop = loops.get(i);
            Thread t = new Thread(() -> {
                try {
                    loop.run();
                } catch (RuntimeException e) {
                    synchronized (failed) {
                        failed[0] = 1;
                    }
                    System.err.println("marsad: " + name + ": " + e.getMessage());
                } finally {
                    ended.countDown();
                    first.countDown();
                }
            }, name + "-" + i);
            threads.add(t);
        }
        Thread hook = new Thread(() -> {
            closeAll(closers);
            try {
                ended.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "marsad-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        threads.forEach(Thread::start);
        try {
            first.await();
            // One loop ended (it failed, or a signal came): stop the others too, so a supervisor restarts them all.
            closeAll(closers);
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (failed) {
            return failed[0];
        }
    }

    private static void closeAll(List<? extends AutoCloseable> closers) {
        for (AutoCloseable c : closers) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing is best effort on the way out.
            }
        }
    }
}
