package org.mandategraph.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.AroundTryHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.lifecycle.TryExecutionResult;
import net.jqwik.api.lifecycle.TryExecutor;
import net.jqwik.api.lifecycle.TryLifecycleContext;

/**
 * How the fuzz properties run (jqwik properties with {@code @AddLifecycleHook(FuzzRun.class)}): short and repeatable
 * in the default build, long and exploring in the {@code fuzz} Maven profile, and every try on a worker's stack
 * within a time limit.
 *
 * <ul>
 *   <li>Tries: a property's {@code @Property(tries = n)} is its default-build run; {@value #SCALE} multiplies it.
 *   <li>Seed: fixed per property unless {@value #SEED} is {@code random} or a number, so the default build tries the
 *       same inputs every time (a failing seed is printed by jqwik and can be passed back).
 *   <li>Each try runs on a thread with a 1 MiB stack, as the batch's workers have (a regex that recurses per
 *       character overflows there, not on a test's larger main stack), and counts as a hang, hence a failure, when
 *       it has no result within {@value #LIMIT} seconds (default {@value #DEFAULT_LIMIT_SECONDS}): a detector for
 *       runaway backtracking, generous so that a busy machine never trips it.
 * </ul>
 */
public final class FuzzRun implements AroundPropertyHook, AroundTryHook {
    public static final String SCALE = "mandategraph.fuzz.scale";
    public static final String SEED = "mandategraph.fuzz.seed";
    public static final String LIMIT = "mandategraph.fuzz.limit";
    static final int DEFAULT_LIMIT_SECONDS = 20;
    private static final long WORKER_STACK = 1 << 20;

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        PropertyAttributes a = context.attributes();
        int scale = Integer.getInteger(SCALE, 1);
        // the annotation's tries, which the attributes do not show until set
        context.findAnnotation(Property.class).map(Property::tries).filter(t -> t != Property.TRIES_NOT_SET)
                .ifPresent(t -> a.setTries((int) Math.min(Integer.MAX_VALUE, (long) t * scale)));
        String seed = System.getProperty(SEED, "").strip();
        if (a.seed().isEmpty() && !seed.equals("random")) {
            a.setSeed(seed.isEmpty() ? String.valueOf(context.extendedLabel().hashCode() * 0x9E3779B97F4A7C15L) : seed);
        }
        return property.execute();
    }

    @Override
    public TryExecutionResult aroundTry(TryLifecycleContext context, TryExecutor aTry, List<Object> parameters)
            throws Throwable {
        long limit = Long.getLong(LIMIT, DEFAULT_LIMIT_SECONDS);
        CompletableFuture<TryExecutionResult> result = new CompletableFuture<>();
        Thread worker = new Thread(null, () -> {
            try {
                result.complete(aTry.execute(parameters));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "fuzz-try", WORKER_STACK);
        worker.setDaemon(true);
        worker.start();
        try {
            return result.get(limit, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause();
        } catch (TimeoutException e) {
            // a regex ignores interrupts: the thread is left to finish, a daemon, and the try reported as a hang
            worker.interrupt();
            return TryExecutionResult.falsified(new AssertionError("no result within " + limit
                    + " s on " + Literals.show(parameters) + " (a hang or runaway backtracking)"));
        }
    }

    /** Added on a test class, it governs the class's properties. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.DIRECT_DESCENDANTS;
    }

    /** Outside the try hooks of jqwik's own (none here), so the time limit covers the whole try. */
    @Override
    public int aroundTryProximity() {
        return -100;
    }
}
