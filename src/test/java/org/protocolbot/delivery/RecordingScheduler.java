package org.protocolbot.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A scheduler for {@link RetriedSend} in tests: it records each pause it is asked for and runs the next attempt at
 * once, on the calling thread, so a test asserts the exact backoff without waiting it out and sees every attempt
 * finished when the request that started them returns.
 */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {

    private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());

    public RecordingScheduler() {
        super(1);
    }

    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
        pauses.add(Duration.ofNanos(unit.toNanos(delay)));
        command.run();
        return super.schedule(() -> { }, 0, unit);
    }
}
