package org.mandategraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Everything a Lucene index answers searches from, independent of document numbers: for each field and term, the
 * live documents holding it (named by their stored fields) with frequency and positions; each document's norms per
 * field; each document's stored fields. Two indexes with equal tables answer every query alike.
 */
final class TermTable {
    private TermTable() {
    }

    static Map<String, List<String>> of(Directory dir) {
        Map<String, List<String>> table = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext ctx : reader.leaves()) {
                LeafReader leaf = ctx.reader();
                Bits live = leaf.getLiveDocs();
                StoredFields stored = leaf.storedFields();
                for (int d = 0; d < leaf.maxDoc(); d++) {
                    if (live == null || live.get(d)) {
                        table.computeIfAbsent("stored", k -> new ArrayList<>()).add(key(stored, d));
                    }
                }
                for (FieldInfo fi : leaf.getFieldInfos()) {
                    Terms terms = leaf.terms(fi.name);
                    boolean positions = fi.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
                    if (terms != null) {
                        TermsEnum te = terms.iterator();
                        for (BytesRef t = te.next(); t != null; t = te.next()) {
                            PostingsEnum pe = te.postings(null, positions ? PostingsEnum.POSITIONS : PostingsEnum.FREQS);
                            List<String> rows = table.computeIfAbsent(fi.name + " " + t.utf8ToString(), k -> new ArrayList<>());
                            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                                if (live != null && !live.get(d)) {
                                    continue;
                                }
                                StringBuilder row = new StringBuilder(key(stored, d)).append(" freq=").append(pe.freq());
                                if (positions) {
                                    for (int i = 0; i < pe.freq(); i++) {
                                        row.append(' ').append(pe.nextPosition());
                                    }
                                }
                                rows.add(row.toString());
                            }
                        }
                    }
                    NumericDocValues norms = fi.hasNorms() ? leaf.getNormValues(fi.name) : null;
                    if (norms != null) {
                        for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
                            if (live == null || live.get(d)) {
                                table.computeIfAbsent("norms " + fi.name, k -> new ArrayList<>())
                                        .add(key(stored, d) + " " + norms.longValue());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table.values().removeIf(List::isEmpty);
        table.values().forEach(l -> l.sort(null));
        return table;
    }

    private static String key(StoredFields stored, int doc) throws IOException {
        Document d = stored.document(doc);
        List<String> parts = new ArrayList<>();
        d.getFields().forEach(f -> parts.add(f.name() + "=" + f.stringValue()));
        parts.sort(null);
        return String.join("|", parts);
    }
}
