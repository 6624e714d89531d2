package org.protocolbot.answer;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A small piece of work started on another processor while the calling thread does a long one, and done by
 * whichever gets to it first. Embedding a question uses one processor for a few milliseconds; its lexical lookup
 * needs no vector, so it can run beside it. When every other processor is busy (a loaded server) the side thread
 * has not started it by the time the caller asks, and the caller does it itself: the work is never done twice and
 * never waits behind other requests' work. Start-up uses it too: the word index is built while the model loads.
 */
public final class SideTask<T> {

    /**
     * One thread per spare processor, daemon so it never holds the JVM open. On a single processor there is nothing
     * to run beside the caller, so the caller does the work.
     */
    private static final Executor SPARE_PROCESSORS = spareProcessors();

    private final Supplier<T> work;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private SideTask(Supplier<T> work) {
        this.work = work;
    }

    public static <T> SideTask<T> start(Supplier<T> work) {
        return start(work, SPARE_PROCESSORS);
    }

    /** On a given executor: {@code null}, or one that rejects it, leaves the work to {@link #join()}. */
    public static <T> SideTask<T> start(Supplier<T> work, Executor executor) {
        SideTask<T> task = new SideTask<>(work);
        if (executor != null) {
            try {
                executor.execute(task::runUnlessClaimed);
            } catch (RejectedExecutionException busy) {
                // The caller does it in join().
            }
        }
        return task;
    }

    /** The result, computed here if no other thread has begun it; a failure is rethrown as the work threw it. */
    public T join() {
        runUnlessClaimed();
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Not needed after all (the question was refused): a side thread that has not begun it will not. */
    public void abandon() {
        claimed.set(true);
    }

    private void runUnlessClaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            result.complete(work.get());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
        }
    }

    private static Executor spareProcessors() {
        int spare = Runtime.getRuntime().availableProcessors() - 1;
        if (spare < 1) {
            return null;
        }
        ExecutorService pool = Executors.newFixedThreadPool(spare, r -> {
            Thread thread = new Thread(r, "answer-side-task");
            thread.setDaemon(true);
            return thread;
        });
        return pool;
    }
}
