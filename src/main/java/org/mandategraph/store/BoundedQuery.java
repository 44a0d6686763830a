package org.mandategraph.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.optimize.OptimizerStd;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.Context;

/**
 * Fuseki's SPARQL query handler with a time limit that holds for every request on its own. Fuseki arms ARQ's
 * timeout only when execution starts, on one shared alarm thread, and that thread waits on the lock a query holds
 * while its algebra is being optimised: one huge query in the optimiser stalled every other query's timeout, and a
 * {@code timeout=} parameter of the form {@code initial,overall} could push a request's own first-row limit past
 * the server's. Here the clock starts when the request arrives (see {@link RequestGuard#ARRIVED}), so parsing
 * counts; a watchdog that never blocks raises the request's own cancel flag at the deadline; the optimiser looks at
 * the flag between its steps; and {@code timeout=} can only shorten the limit. Sorting, DISTINCT and grouping spill
 * to disk past a threshold instead of growing the heap.
 */
final class BoundedQuery extends SPARQL_QueryDataset {
    /** Bindings an ORDER BY or DISTINCT keeps in memory before it spills to disk. */
    static final long SPILL_THRESHOLD = 50_000;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "mandategraph-query-watchdog");
        t.setDaemon(true);
        return t;
    });
    private static final String PENDING = "org.mandategraph.query.watchdog";

    private final long limitMillis;
    private final long maxQueryChars;

    BoundedQuery(long limitMillis, long maxQueryChars) {
        this.limitMillis = limitMillis;
        this.maxQueryChars = maxQueryChars;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        if (queryString != null && queryString.length() > maxQueryChars) {
            ServletOps.error(413, "query of " + queryString.length() + " characters is over this server's limit of "
                    + maxQueryChars + " (serve --max-request)");
        }
        try {
            super.execute(queryString, action);
        } finally {
            Object pending = action.getRequest().getAttribute(PENDING);
            if (pending instanceof ScheduledFuture<?> f) {
                f.cancel(false);
            }
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long limit = Math.min(limitMillis, requested(action.getRequestParameter("timeout")));
        Object arrived = action.getRequest().getAttribute(RequestGuard.ARRIVED);
        long start = arrived instanceof Long t ? t : System.nanoTime();
        long remaining = limit - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (remaining <= 0) {
            // parsing alone used up the time
            throw new QueryCancelledException();
        }
        AtomicBoolean cancel = new AtomicBoolean(false);
        action.getRequest().setAttribute(PENDING, WATCHDOG.schedule(() -> cancel.set(true), remaining, TimeUnit.MILLISECONDS));
        RewriteFactory optimiser = cxt -> new Optimiser(cxt, cancel);
        return QueryExec.newBuilder().dataset(dataset).query(query).context(action.getContext())
                .set(ARQConstants.symCancelQuery, cancel)
                .set(ARQConstants.sysOptimizerFactory, optimiser)
                // no ARQ alarm: the watchdog above is the only clock
                .set(ARQ.queryTimeout, "-1")
                .set(ARQ.spillToDiskThreshold, SPILL_THRESHOLD)
                .build();
    }

    /** The smallest positive value of a protocol {@code timeout} (seconds, "N" or "N,M"), else no limit. */
    static long requested(String param) {
        if (param == null || param.isBlank()) {
            return Long.MAX_VALUE;
        }
        Pair<Long, Long> p = Timeouts.parseTimeoutStr(param.strip(), TimeUnit.SECONDS);
        long min = Long.MAX_VALUE;
        if (p != null) {
            for (long v : new long[] {p.getLeft(), p.getRight()}) {
                if (v > 0) {
                    min = Math.min(min, v);
                }
            }
        }
        return min;
    }

    /** ARQ's standard optimiser, stopping between steps once the request's time is up. */
    static final class Optimiser extends OptimizerStd {
        private final AtomicBoolean cancel;

        Optimiser(Context cxt, AtomicBoolean cancel) {
            super(cxt);
            this.cancel = cancel;
        }

        private Op check(Op op) {
            if (cancel.get()) {
                throw new QueryCancelledException();
            }
            return op;
        }

        @Override
        public Op rewrite(Op op) {
            return check(super.rewrite(check(op)));
        }

        @Override
        protected Op transformFilterConjunction(Op op) {
            return check(super.transformFilterConjunction(check(op)));
        }

        @Override
        protected Op transformFilterImplicitJoin(Op op) {
            return check(super.transformFilterImplicitJoin(check(op)));
        }

        @Override
        protected Op transformFilterDisjunction(Op op) {
            return check(super.transformFilterDisjunction(check(op)));
        }

        @Override
        protected Op transformJoinStrategy(Op op) {
            return check(super.transformJoinStrategy(check(op)));
        }

        @Override
        protected Op transformFilterPlacement(Op op) {
            return check(super.transformFilterPlacement(check(op)));
        }

        @Override
        protected Op transformFilterEquality(Op op) {
            return check(super.transformFilterEquality(check(op)));
        }

        @Override
        protected Op transformMergeBGPs(Op op) {
            return check(super.transformMergeBGPs(check(op)));
        }

        @Override
        protected Op transformReorder(Op op) {
            return check(super.transformReorder(check(op)));
        }
    }
}
