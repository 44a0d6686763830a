package org.mandategraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mandategraph.testing.TestData;

/** Every RDF export read back by an independent parser (Jena RIOT) gives the same dataset or union graph. */
class RdfExportTest {
    static DatasetGraph seeds;

    @BeforeAll
    static void load() throws IOException {
        seeds = TestData.seeds();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // quad formats keep one named graph per document
            "nq,     true",
            "trig,   true",
            // triple formats carry the union of all graphs
            "ttl,    false",
            "nt,     false",
            "rdfxml, false",
            // JSON-LD compacted against the published context, read back through that context
            "jsonld, false",
    })
    void roundTripsThroughRiot(String name, boolean quads) throws IOException {
        RDFFormat format = RdfExport.format(name).orElseThrow();
        byte[] bytes = export(seeds, name);
        Lang lang = RDFLanguages.filenameToLang("x." + format.getDefaultFileExtension());
        if (quads) {
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            parser(bytes, lang).parse(back);
            assertThat(IsoMatcher.isomorphic(seeds, back)).as("dataset isomorphic").isTrue();
        } else {
            Graph back = GraphFactory.createDefaultGraph();
            parser(bytes, lang).parse(back);
            Graph expected = GraphFactory.createDefaultGraph();
            new Union(seeds.getDefaultGraph(), seeds.getUnionGraph()).find().forEachRemaining(expected::add);
            assertThat(back.size()).isEqualTo(expected.size());
            assertThat(back.isIsomorphicWith(expected)).as("union graph isomorphic").isTrue();
        }
    }

    @Test
    void formatsComeFromRiosRegistryByExtensionOrName() {
        assertThat(RdfExport.format("ttl")).contains(RDFFormat.TURTLE);
        assertThat(RdfExport.format("rdfxml")).contains(RDFFormat.RDFXML);
        assertThat(RdfExport.format("JSONLD")).contains(RDFFormat.JSONLD);
        assertThat(RdfExport.format("graphml")).isEmpty();
    }

    @Test
    void turtleUsesTheProjectPrefixes() throws IOException {
        String ttl = new String(export(TestData.fixture(), "ttl"), StandardCharsets.UTF_8);
        assertThat(ttl).contains("@prefix mg: <https://w3id.org/mandategraph/ontology#>")
                .contains("@prefix id: <https://w3id.org/mandategraph/id/>")
                .contains("mg:tasks");
    }

    @Test
    void jsonLdReadsAsPlainJsonWithThePublishedContext() throws IOException {
        JsonNode json = new ObjectMapper().readTree(export(TestData.fixture(), "jsonld"));
        assertThat(json.get("@context").isObject()).as("context inline").isTrue();
        JsonNode op12 = null;
        for (JsonNode n : json.get("@graph")) {
            if (n.path("@id").asText().endsWith("resolution/GA/66/177/op/12")) {
                op12 = n;
            }
        }
        assertThat(op12).isNotNull();
        assertThat(op12.get("text").get("zh").asText()).startsWith("吁请联合国毒品和犯罪问题办公室");
        assertThat(op12.get("tasks").asText()).isEqualTo("id:body/UNODC");
        assertThat(op12.get("number").asText()).isEqualTo("12");
    }

    static byte[] export(DatasetGraph dsg, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exports.write(dsg, name, Network.ALL, out);
        return out.toByteArray();
    }

    static RDFParser parser(byte[] bytes, Lang lang) {
        JsonLdOptions opts = new JsonLdOptions();
        opts.setDocumentLoader(JsonLdContext.loader());
        return RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang)
                .context(org.apache.jena.sparql.util.Context.create().set(LangJSONLD11.JSONLD_OPTIONS, opts))
                .build();
    }
}
