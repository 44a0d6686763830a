package org.mandategraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.AttributeSource;

/**
 * Writes the store's jena-text index beside the database instead of through jena-text's per-quad hook. The hook
 * analyses every {@code mg:text} literal on the one thread that writes TDB2, and twice: once for the field
 * {@code text} (the default analyser) and once for {@code text_zh} (the analyser of the literal's language), which
 * for Chinese are the same analyser, SmartChinese, the costliest step of a load after extraction. Here each
 * document's literals are analysed on a small pool while that thread goes on writing quads, a literal whose
 * language uses the default analyser is analysed once and its tokens given to both fields, and a replaced graph's
 * entries are dropped with one delete by graph instead of one per quad.
 *
 * <p>The Lucene documents are those jena-text's {@code TextIndexLucene.doc} makes (entity, graph, language, uid and
 * the text fields, with the same field types and the same tokens; {@code TextIndexingTest} compares both indexes
 * term by term), so searches answer the same. What is added lands in the next commit of the index writer: inside a
 * write transaction that is the transaction's own commit (jena-text takes part in TDB2's commit), in a bulk load
 * the load's single commit. Callers {@link #await} the pool before either.
 */
final class TextIndexing implements AutoCloseable {
    /** Documents analysed at once: bounds the graphs held in memory while the write thread runs ahead. */
    private static final int IN_FLIGHT_PER_THREAD = 4;

    private final TextIndexLucene index;
    private final EntityDefinition def;
    private final Node field;
    private final ExecutorService pool;
    private final Semaphore slots;
    private final List<Future<?>> pending = new ArrayList<>();

    /** Languages whose literals the default analyser analyses for their own field too (same analyser, same tokens). */
    private final Set<String> sameAsDefault;

    /**
     * @param sameAsDefault languages whose analyser is the index's default one (the store's: {@code zh}), so that
     *                      the tokens of {@code text} serve {@code text_<lang>} as well
     */
    TextIndexing(TextIndexLucene index, Set<String> sameAsDefault, int threads) {
        this.index = index;
        this.def = index.getDocDef();
        this.field = def.getPredicates(def.getPrimaryField()).iterator().next();
        this.sameAsDefault = Set.copyOf(sameAsDefault);
        int n = Math.max(1, threads);
        this.slots = new Semaphore(n * IN_FLIGHT_PER_THREAD);
        this.pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "text-index");
            t.setDaemon(true);
            return t;
        });
    }

    /** Drops every entry of graph {@code g}: call before {@link #add} of the graph's new content, never after. */
    void deleteGraph(Node g) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(def.getGraphField(), TextQueryFuncs.graphNodeToString(g)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the text index: " + e.getMessage(), e);
        }
    }

    /** Whether any triple of {@code graph} is indexed: only then is a task worth its thread hop. */
    private boolean indexes(Graph graph) {
        return graph.find(Node.ANY, field, Node.ANY).hasNext();
    }

    /** Indexes the indexed literals of {@code graph} as stored in {@code g}, on the pool; waits while the pool is full. */
    void add(Node g, Graph graph) {
        if (!indexes(graph)) {
            return;
        }
        slots.acquireUninterruptibly();
        try {
            pending.add(pool.submit(() -> {
                try {
                    List<Document> docs = new ArrayList<>();
                    for (Triple t : (Iterable<Triple>) () -> graph.find(Node.ANY, field, Node.ANY)) {
                        Entity e = TextQueryFuncs.entityFromQuad(def, g, t.getSubject(), t.getPredicate(), t.getObject());
                        if (e != null) {
                            docs.add(document(e));
                        }
                    }
                    index.getIndexWriter().addDocuments(docs);
                    return null;
                } finally {
                    slots.release();
                }
            }));
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        if (pending.size() > 1024) {
            pending.removeIf(f -> f.isDone() && !failed(f));
        }
    }

    /**
     * The Lucene document of one literal, field for field as {@code TextIndexLucene.doc} makes it (values not
     * stored, multilingual, no auxiliary indexes: the store's configuration).
     */
    Document document(Entity entity) {
        Document doc = new Document();
        doc.add(new Field(def.getEntityField(), entity.getId(), TextIndexLucene.ftIRI));
        if (def.getGraphField() != null) {
            doc.add(new Field(def.getGraphField(), entity.getGraph(), TextIndexLucene.ftIRI));
        }
        String langField = def.getLangField();
        String uidField = def.getUidField();
        for (Map.Entry<String, Object> e : entity.getMap().entrySet()) {
            String name = e.getKey();
            String value = (String) e.getValue();
            String lang = entity.getLanguage();
            boolean tagged = lang != null && !lang.isEmpty();
            if (tagged && sameAsDefault.contains(lang)) {
                Tokens tokens = Tokens.of(index.getAnalyzer(), name, value);
                doc.add(new Field(name, tokens.replay(), TextField.TYPE_NOT_STORED));
                doc.add(new Field(langField, lang, StringField.TYPE_STORED));
                doc.add(new Field(name + "_" + lang, tokens.replay(), TextField.TYPE_NOT_STORED));
            } else {
                doc.add(new Field(name, value, TextField.TYPE_NOT_STORED));
                if (tagged) {
                    doc.add(new Field(langField, lang, StringField.TYPE_STORED));
                    doc.add(new Field(name + "_" + lang, value, TextField.TYPE_NOT_STORED));
                } else if (entity.getDatatype() != null && !entity.getDatatype().equals(XSDDatatype.XSDstring)) {
                    doc.add(new Field(langField, "^^" + entity.getDatatype().getURI(), StringField.TYPE_STORED));
                }
            }
            if (uidField != null) {
                doc.add(new Field(uidField, entity.getChecksum(name, value), StringField.TYPE_STORED));
            }
        }
        return doc;
    }

    /** One analysis of a value, replayable: the same tokens, positions and offsets for each field that takes them. */
    record Tokens(AttributeSource attributes, List<AttributeSource.State> states, AttributeSource.State end) {
        static Tokens of(org.apache.lucene.analysis.Analyzer analyzer, String field, String value) {
            try (TokenStream ts = analyzer.tokenStream(field, value)) {
                ts.reset();
                List<AttributeSource.State> states = new ArrayList<>();
                while (ts.incrementToken()) {
                    states.add(ts.captureState());
                }
                ts.end();
                return new Tokens(ts.cloneAttributes(), states, ts.captureState());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        TokenStream replay() {
            AttributeSource own = attributes.cloneAttributes();
            return new TokenStream(own) {
                private int next;

                @Override
                public boolean incrementToken() {
                    if (next >= states.size()) {
                        return false;
                    }
                    restoreState(states.get(next++));
                    return true;
                }

                @Override
                public void end() throws IOException {
                    super.end();
                    restoreState(end);
                }

                @Override
                public void reset() {
                    next = 0;
                }
            };
        }
    }

    private static boolean failed(Future<?> f) {
        try {
            f.get();
            return false;
        } catch (ExecutionException | InterruptedException | RuntimeException e) {
            return true;
        }
    }

    /** Waits for every document handed to {@link #add}; rethrows the first failure. */
    void await() {
        RuntimeException first = null;
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                first = first == null ? new IllegalStateException("interrupted while indexing text", e) : first;
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (first == null) {
                    first = c instanceof RuntimeException r ? r : new IllegalStateException("cannot index text: " + c, c);
                }
            }
        }
        pending.clear();
        if (first != null) {
            throw first;
        }
    }

    /** Waits for the pool, ignoring failures: before a rollback, which closes the writer under running tasks. */
    void awaitQuietly() {
        try {
            await();
        } catch (RuntimeException ignored) {
            // the caller is already failing with its own error
        }
    }

    /** Commits the index writer: the single commit of a bulk load. */
    void commit() {
        await();
        index.commit();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
