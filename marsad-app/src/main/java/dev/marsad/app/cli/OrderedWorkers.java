package dev.marsad.app.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Work done on several threads and handed back in the order it was submitted: each task runs on a worker and
 * returns a hand-off, which runs on the submitting thread, in submission order. An ingest analyses articles on
 * every core this way while the order-dependent rest (entity keys across the run, the store) stays on one thread
 * and sees the articles exactly as a sequential ingest would. At most {@code threads × 4} tasks are in flight, so
 * memory stays bounded whatever the input's size. With one thread each task and its hand-off run at once, inline:
 * the sequential ingest itself. Used by one thread; close it to stop the workers.
 */
final class OrderedWorkers implements AutoCloseable {
    private final ExecutorService pool;
    private final int depth;
    private final Deque<Future<Runnable>> pending = new ArrayDeque<>();

    OrderedWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more: " + threads);
        }
        this.depth = threads == 1 ? 0 : threads * 4;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "marsad-analysis");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Submits a task; runs the oldest hand-offs whose turn has come (at most {@code depth} are left in flight). */
    void submit(Supplier<Runnable> task) {
        pending.add(pool == null ? CompletableFuture.completedFuture(task.get()) : pool.submit(task::get));
        while (pending.size() > depth) {
            handOff();
        }
    }

    /** Runs every hand-off still pending, in order. */
    void flush() {
        while (!pending.isEmpty()) {
            handOff();
        }
    }

    private void handOff() {
        Future<Runnable> next = pending.poll();
        Runnable then;
        try {
            then = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for analysis", e);
        } catch (ExecutionException e) {
            // Tasks catch what a bad input throws; what is left here is a bug or an Error: let it end the command.
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
        then.run();
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
        pending.clear();
    }
}
