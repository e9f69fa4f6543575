package io.ordertrail.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The CPU time the server's process has used (all its threads, user and system), read from the operating system.
 * A benchmark's phase divided into it gives the server's CPU per request: a cost that, unlike requests per second,
 * does not move when a shared machine's other tenants take the cores. The broker and the benchmark's clients run in
 * other processes and are not counted.
 *
 * <p>On Linux it also tells how much of that CPU the JVM's JIT compiler threads took ({@code /proc/<pid>/task}): the
 * cost of a server that is still compiling, which a server that has run for a while no longer pays.
 */
final class ServerCpu {

    /** The JIT compiler threads' names as Linux shows them (cut at 15 characters): "C1 CompilerThre", "C2 …". */
    private static final String COMPILER_THREAD = "CompilerThre";

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
        return new Mark(used(), ticks());
    }

    /**
     * The process's and its compiler threads' CPU in clock ticks, from {@code /proc}; both zero where there is no
     * {@code /proc}, and the compilers' share is then unknown.
     */
    private Ticks ticks() {
        Path tasks = Path.of("/proc", String.valueOf(server.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return new Ticks(0, 0);
        }
        long all = 0;
        long compilers = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String stat;
                try {
                    stat = Files.readString(thread.resolve("stat"));
                } catch (NoSuchFileException ended) { // the thread ended while the list was read
                    continue;
                }
                // pid (comm) state ...: the name may hold spaces, so the fields are counted after its ')'
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
                all += used;
                if (name.contains(COMPILER_THREAD)) {
                    compilers += used;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the threads of process " + server.pid(), e);
        }
        return new Ticks(all, compilers);
    }

    private record Ticks(long all, long compilers) {}

    /** The CPU used up to a point of a benchmark. */
    final class Mark {
        private final Duration at;
        private final Ticks ticksAt;

        private Mark(Duration at, Ticks ticksAt) {
            this.at = at;
            this.ticksAt = ticksAt;
        }

        /** Milliseconds of the server's CPU per request since this mark. */
        double perRequestSince(int requests) {
            if (requests == 0) {
                return Double.NaN;
            }
            return used().minus(at).toNanos() / 1e6 / requests;
        }

        /**
         * The share of the server's CPU since this mark that its JIT compilers took, in percent; NaN where the
         * operating system does not tell. Threads that ended since the mark are not counted.
         */
        double compilersShareSince() {
            Ticks now = ticks();
            long all = now.all() - ticksAt.all();
            return all <= 0 ? Double.NaN : 100.0 * (now.compilers() - ticksAt.compilers()) / all;
        }
    }
}
