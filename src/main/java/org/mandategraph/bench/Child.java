package org.mandategraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM (or any command) run with its output in files, its wall time, its peak resident set ({@code VmHWM} from
 * {@code /proc/PID/status}, polled) and, when it is a JVM started with {@link #gcLogArgs}, its peak heap from the GC log.
 * It is stopped (with its own descendants) when it outlives its time limit.
 */
final class Child {
    record Result(String name, List<String> command, int exit, double seconds, long rssPeakKb, long heapPeakMb,
                  long heapCommittedMb, int fullGcs, boolean timedOut, Path stdout, Path stderr) {
        boolean ok() {
            return exit == 0 && !timedOut;
        }

        String stdoutText() {
            return read(stdout);
        }

        String stderrText() {
            return read(stderr);
        }

        private static String read(Path p) {
            try {
                return Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        }
    }

    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private Child() {
    }

    /** {@code -Xlog:gc} to a file, for the peak heap. */
    static List<String> gcLogArgs(Path gcLog) {
        return List.of("-Xlog:gc:file=" + gcLog.toAbsolutePath());
    }

    static Process start(List<String> command, Path logDir, String name, Path workingDir) throws IOException {
        Files.createDirectories(logDir);
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(logDir.resolve(name + ".out").toFile())
                .redirectError(logDir.resolve(name + ".err").toFile());
        return pb.start();
    }

    static Result run(String name, List<String> command, Path logDir, Path workingDir, double timeoutSeconds)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = start(command, logDir, name, workingDir);
        long hwm = 0;
        boolean timedOut = false;
        long deadline = t0 + (long) (timeoutSeconds * 1e9);
        while (!p.waitFor(100, TimeUnit.MILLISECONDS)) {
            hwm = Math.max(hwm, vmHwmKb(p.pid()));
            if (System.nanoTime() > deadline) {
                timedOut = true;
                stop(p);
                break;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        int exit = p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        Path gc = logDir.resolve(name + ".gc.log");
        long[] heap = heapPeak(gc);
        return new Result(name, command, exit, seconds, hwm, heap[0], heap[1], (int) heap[2], timedOut,
                logDir.resolve(name + ".out"), logDir.resolve(name + ".err"));
    }

    /** Stops a process we started and its descendants: politely, then forcibly. */
    static void stop(Process p) throws InterruptedException {
        List<ProcessHandle> kids = new ArrayList<>(p.descendants().toList());
        p.destroy();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
        }
        kids.forEach(ProcessHandle::destroyForcibly);
    }

    /** Peak resident set of a live process in kB ({@code VmHWM}), 0 when unknown (not Linux, process gone). */
    static long vmHwmKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone or not Linux
        }
        return 0;
    }

    /** {max heap used before a collection, max heap committed, full collections} from a {@code -Xlog:gc} file. */
    static long[] heapPeak(Path gcLog) {
        long used = 0;
        long committed = 0;
        long full = 0;
        if (!Files.exists(gcLog)) {
            return new long[] {0, 0, 0};
        }
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    used = Math.max(used, Long.parseLong(m.group(1)));
                    committed = Math.max(committed, Long.parseLong(m.group(3)));
                }
                if (line.contains("Pause Full")) {
                    full++;
                }
            }
        } catch (IOException e) {
            // no figure
        }
        return new long[] {used, committed, full};
    }
}
