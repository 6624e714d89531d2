package org.protocolbot.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory figures: Java heap in use after a full collection, and the process's resident size where Linux reports it. */
final class MemoryProbe {

    private static final Path PROC_STATUS = Path.of("/proc/self/status");

    private MemoryProbe() {
    }

    /**
     * Heap in use after garbage collection, in MiB. {@link System#gc()} is only a request, so it is repeated until
     * the figure settles; what remains is what the bot really holds (the model's weights live outside the heap,
     * in ONNX Runtime, and show in {@link #residentMb()} instead).
     */
    static double heapUsedAfterGcMb() {
        long previous = Long.MAX_VALUE;
        long used = heapUsed();
        for (int round = 0; round < 5 && used < previous; round++) {
            previous = used;
            System.gc();
            pause();
            used = heapUsed();
        }
        return Math.min(used, previous) / (1024.0 * 1024.0);
    }

    /** Resident set size in MiB from /proc/self/status, or -1 where there is no such file. */
    static double residentMb() {
        try {
            for (String line : Files.readAllLines(PROC_STATUS)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
