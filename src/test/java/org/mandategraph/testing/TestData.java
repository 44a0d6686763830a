package org.mandategraph.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.mandategraph.lexicon.ReferenceData;

/**
 * Datasets shaped like the store: the seeds (as extracted on this branch) or a small hand-made fixture with
 * mandates and citations, each with the reference data in its own named graphs as {@code load} puts it.
 */
public final class TestData {
    public static final String FIXTURE = "/org/mandategraph/web/fixture.trig";

    private TestData() {
    }

    public static DatasetGraph fixture() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        try (InputStream in = TestData.class.getResourceAsStream(FIXTURE)) {
            RDFDataMgr.read(dsg, in, Lang.TRIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withReferenceData(dsg);
    }

    /** A copy of the seeds' batch (the shared batch stays untouched) plus reference data. */
    public static DatasetGraph seeds() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Seeds.batch().dataset().asDatasetGraph().find().forEachRemaining(dsg::add);
        return withReferenceData(dsg);
    }

    /** The seeds with reference data and the counts a load keeps ({@code graph/summary}): what a server serves. */
    public static DatasetGraph servedSeeds() throws IOException {
        DatasetGraph dsg = seeds();
        org.mandategraph.store.Summary.addTo(dsg);
        return dsg;
    }

    /** Only the documents, no reference data: what an export of a bare extraction holds. */
    public static DatasetGraph seedsOnly() throws IOException {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Seeds.batch().dataset().asDatasetGraph().find().forEachRemaining(dsg::add);
        return dsg;
    }

    public static DatasetGraph withReferenceData(DatasetGraph dsg) {
        ReferenceData.get().byFile().forEach((file, model) -> dsg.addGraph(
                NodeFactory.createURI(ReferenceData.graphIri(file)), model.getGraph()));
        return dsg;
    }
}
