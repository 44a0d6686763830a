package org.mandategraph.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A small property-test harness for fuzzing: inputs from a seeded generator, one check per input, a per-input time
 * limit as hang detector, and greedy shrinking of a failing input, whose shrunk form is printed as a Java literal
 * ready for a regression test.
 *
 * <p>Runs are repeatable: try {@code i} of a property uses a generator seeded from the run's seed and {@code i}.
 * The default seed is fixed per property, so the default build is deterministic. System properties (set by the
 * {@code fuzz} Maven profile, or by hand): {@value #SCALE} multiplies every property's tries, {@value #SEED} is a
 * number or {@code random}, {@value #SECONDS} caps the time one property may run (0: no cap).
 */
public final class Fuzz<T> {
    public static final String SCALE = "mandategraph.fuzz.scale";
    public static final String SEED = "mandategraph.fuzz.seed";
    public static final String SECONDS = "mandategraph.fuzz.seconds";

    /** Makes one input from a random source. */
    @FunctionalInterface
    public interface Gen<T> {
        T next(Random r);
    }

    /** Checks one input; a thrown exception or assertion error is a failure. */
    @FunctionalInterface
    public interface Check<T> {
        void check(T value) throws Exception;
    }

    private final String name;
    private final Gen<T> gen;
    private int tries = 100;
    private Duration limit = Duration.ofSeconds(20);
    private Function<T, Stream<T>> shrinker = v -> Stream.empty();
    private Function<T, String> show = String::valueOf;

    private Fuzz(String name, Gen<T> gen) {
        this.name = name;
        this.gen = gen;
    }

    public static <T> Fuzz<T> forAll(String name, Gen<T> gen) {
        return new Fuzz<>(name, gen);
    }

    /** Tries in the default build; {@value #SCALE} multiplies them. */
    public Fuzz<T> tries(int n) {
        this.tries = n;
        return this;
    }

    /** Time one input may take before it counts as a hang (generous: a detector, not a benchmark). */
    public Fuzz<T> limit(Duration d) {
        this.limit = d;
        return this;
    }

    /** Simpler candidates for a failing input, simplest first. */
    public Fuzz<T> shrinkWith(Function<T, Stream<T>> s) {
        this.shrinker = s;
        return this;
    }

    /** How an input is printed in a failure message. */
    public Fuzz<T> show(Function<T, String> s) {
        this.show = s;
        return this;
    }

    /** The number of tries this run makes. */
    public int effectiveTries() {
        return Math.max(1, (int) Math.min(Integer.MAX_VALUE, (long) tries * scale()));
    }

    private static int scale() {
        return Integer.getInteger(SCALE, 1);
    }

    private long seed() {
        String s = System.getProperty(SEED, "");
        if (s.isBlank()) {
            return name.hashCode() * 0x9E3779B97F4A7C15L;
        }
        return s.equals("random") ? new Random().nextLong() : Long.parseLong(s.strip());
    }

    /** Runs the property; returns the number of inputs checked. */
    public int check(Check<T> check) {
        long seed = seed();
        int n = effectiveTries();
        long capMs = Long.getLong(SECONDS, 0L) * 1000;
        long t0 = System.currentTimeMillis();
        Runner<T> runner = new Runner<>(check, limit);
        try {
            int i = 0;
            for (; i < n; i++) {
                if (capMs > 0 && System.currentTimeMillis() - t0 > capMs) {
                    break;
                }
                T value = gen.next(new Random(seed * 31 + i));
                Throwable failure = runner.run(value);
                if (failure != null) {
                    Shrunk<T> shrunk = shrink(runner, value, failure);
                    AssertionError e = new AssertionError(name + " falsified (seed " + seed + ", try " + i + " of " + n
                            + ", " + shrunk.steps + " shrinking steps)\n  original: " + clip(show.apply(value))
                            + "\n  shrunk:   " + show.apply(shrunk.value) + "\n  failure:  " + shrunk.failure,
                            shrunk.failure);
                    throw e;
                }
            }
            System.out.println("fuzz " + name + ": " + i + " tries passed in " + (System.currentTimeMillis() - t0)
                    + " ms (seed " + seed + ")");
            return i;
        } finally {
            runner.close();
        }
    }

    private record Shrunk<T>(T value, Throwable failure, int steps) {
    }

    private Shrunk<T> shrink(Runner<T> runner, T value, Throwable failure) {
        long deadline = System.currentTimeMillis() + Math.max(30_000, limit.toMillis() * 3);
        int steps = 0;
        boolean progress = true;
        while (progress && System.currentTimeMillis() < deadline) {
            progress = false;
            for (T candidate : (Iterable<T>) shrinker.apply(value)::iterator) {
                if (System.currentTimeMillis() >= deadline) {
                    break;
                }
                if (java.util.Objects.deepEquals(candidate, value)) {
                    continue;
                }
                Throwable f = runner.run(candidate);
                if (f != null && sameKind(f, failure)) {
                    value = candidate;
                    failure = f;
                    steps++;
                    progress = true;
                    break;
                }
            }
        }
        return new Shrunk<>(value, failure, steps);
    }

    /** A shrunk input must fail the same way (same exception type), so shrinking does not wander to another bug. */
    private static boolean sameKind(Throwable a, Throwable b) {
        return a.getClass().equals(b.getClass());
    }

    private static String clip(String s) {
        return s.length() <= 600 ? s : s.substring(0, 600) + "… (" + s.length() + " chars)";
    }

    /** Runs checks on a daemon thread, so a hang is reported instead of stalling the build. */
    private static final class Runner<T> {
        private final Check<T> check;
        private final Duration limit;
        private ExecutorService exec = newExec();

        Runner(Check<T> check, Duration limit) {
            this.check = check;
            this.limit = limit;
        }

        private static ExecutorService newExec() {
            return Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "fuzz-check");
                t.setDaemon(true);
                return t;
            });
        }

        Throwable run(T value) {
            Future<?> f = exec.submit(() -> {
                check.check(value);
                return null;
            });
            try {
                f.get(limit.toMillis(), TimeUnit.MILLISECONDS);
                return null;
            } catch (ExecutionException e) {
                return e.getCause();
            } catch (TimeoutException e) {
                f.cancel(true);
                exec.shutdownNow();
                exec = newExec();
                return new TimeoutException("no result within " + limit.toMillis() + " ms (a hang or runaway backtracking)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return e;
            }
        }

        void close() {
            exec.shutdownNow();
        }
    }

    // --- shrinkers and printers for the common input types

    /** Candidates for a string: whole lines removed (halves first), then characters, then characters simplified. */
    public static Stream<String> shrinkText(String s) {
        List<String> lines = Arrays.asList(s.split("(?<=\n)", -1));
        Stream<String> byLines = lines.size() > 1 ? chunks(lines.size()).map(c -> join(lines, c[0], c[1])) : Stream.empty();
        Stream<String> byChars = chunks(s.length()).map(c -> s.substring(0, c[0]) + s.substring(c[1]));
        Stream<String> simpler = java.util.stream.IntStream.range(0, s.length())
                .filter(i -> s.charAt(i) != 'a' && !Character.isWhitespace(s.charAt(i)) && Character.isLetter(s.charAt(i)))
                .mapToObj(i -> s.substring(0, i) + "a" + s.substring(i + 1));
        return Stream.concat(Stream.concat(byLines, byChars), simpler);
    }

    /** Candidates for bytes: ranges removed, halves first. */
    public static Stream<byte[]> shrinkBytes(byte[] b) {
        return chunks(b.length).map(c -> {
            byte[] out = new byte[b.length - (c[1] - c[0])];
            System.arraycopy(b, 0, out, 0, c[0]);
            System.arraycopy(b, c[1], out, c[0], b.length - c[1]);
            return out;
        });
    }

    private static String join(List<String> lines, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i < from || i >= to) {
                sb.append(lines.get(i));
            }
        }
        return sb.toString();
    }

    /** Ranges [from, to) to remove from a sequence of length n: halves, quarters, … single elements. */
    private static Stream<int[]> chunks(int n) {
        List<int[]> out = new ArrayList<>();
        for (int size = Math.max(1, n / 2); ; size = Math.max(1, size / 2)) {
            for (int from = 0; from < n; from += size) {
                out.add(new int[] {from, Math.min(n, from + size)});
            }
            if (size == 1) {
                break;
            }
        }
        return out.stream().filter(c -> c[1] > c[0]);
    }

    /** A string as a Java literal, every character outside printable ASCII escaped. */
    public static String literal(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Bytes as a Java array literal's body (hex). */
    public static String bytes(byte[] b) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < b.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format("0x%02X", b[i] & 0xFF));
            if (sb.length() > 4000) {
                return sb.append(", … ").append(b.length).append(" bytes}").toString();
            }
        }
        return sb.append("} (").append(b.length).append(" bytes)").toString();
    }
}
