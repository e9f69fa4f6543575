package io.ordertrail.devstack;

import java.time.Duration;

/**
 * The CPU time the server's process has used (all its threads, user and system), read from the operating system.
 * A benchmark's phase divided into it gives the server's CPU per request: a cost that, unlike requests per second,
 * does not move when a shared machine's other tenants take the cores. The broker and the benchmark's clients run in
 * other processes and are not counted.
 */
final class ServerCpu {

    private final ProcessHandle server;

    ServerCpu(long pid) {
        this.server = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
    }

    Duration used() {
        return server.info()
                .totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException(
                        "the operating system does not tell process " + server.pid() + "'s CPU time"));
    }

    Mark mark() {
        return new Mark(used());
    }

    /** The CPU used up to a point of a benchmark. */
    final class Mark {
        private final Duration at;

        private Mark(Duration at) {
            this.at = at;
        }

        /** Milliseconds of the server's CPU per request since this mark. */
        double perRequestSince(int requests) {
            if (requests == 0) {
                return Double.NaN;
            }
            return used().minus(at).toNanos() / 1e6 / requests;
        }
    }
}
