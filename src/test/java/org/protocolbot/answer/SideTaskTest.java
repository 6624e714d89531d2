package org.protocolbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SideTaskTest {

    /** An executor that holds what it is given until the test runs it, so the order of events is the test's. */
    private static final class HeldExecutor implements Executor {
        final List<Runnable> held = new ArrayList<>();

        @Override
        public void execute(Runnable command) {
            held.add(command);
        }
    }

    @Test
    void workTheSideThreadDidIsNotDoneAgain() {
        HeldExecutor side = new HeldExecutor();
        AtomicInteger runs = new AtomicInteger();
        SideTask<String> task = SideTask.start(() -> "words " + runs.incrementAndGet(), side);
        side.held.forEach(Runnable::run);
        assertEquals("words 1", task.join());
        assertEquals(1, runs.get());
    }

    @Test
    void theCallerDoesTheWorkItselfWhenNoSideThreadHasBegunIt() {
        HeldExecutor side = new HeldExecutor();
        AtomicInteger runs = new AtomicInteger();
        SideTask<Integer> task = SideTask.start(runs::incrementAndGet, side);
        assertEquals(1, task.join());
        side.held.forEach(Runnable::run); // the side thread gets to it late: nothing left to do
        assertEquals(1, runs.get());
    }

    @Test
    void aBusyOrMissingExecutorLeavesTheWorkToTheCaller() {
        Executor refusing = command -> {
            throw new RejectedExecutionException("full");
        };
        assertEquals("done", SideTask.start(() -> "done", refusing).join());
        assertEquals("done", SideTask.start(() -> "done", null).join());
    }

    @Test
    void aFailureOnTheSideThreadIsRethrownAsTheWorkThrewIt() {
        HeldExecutor side = new HeldExecutor();
        IllegalStateException failure = new IllegalStateException("index closed");
        SideTask<String> task = SideTask.start(() -> {
            throw failure;
        }, side);
        side.held.forEach(Runnable::run);
        assertSame(failure, assertThrows(IllegalStateException.class, task::join));
    }

    @Test
    void abandonedWorkIsNotStarted() {
        HeldExecutor side = new HeldExecutor();
        AtomicInteger runs = new AtomicInteger();
        SideTask<Integer> task = SideTask.start(runs::incrementAndGet, side);
        task.abandon();
        side.held.forEach(Runnable::run);
        assertEquals(0, runs.get());
    }
}
