package org.mandategraph.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mandategraph.testing.TestData;
import org.mandategraph.testing.TestServer;

/**
 * The web page end to end in headless Chromium against a server on a dataset: the graph renders, clicking UNODC
 * lists its mandates, and the document view of resolution 66/177 shows paragraph 12 with its highlights.
 * Screenshots go to {@code target/browser/}. Needs Debian's chromium ({@code .ci/install-test-tools}).
 */
@Tag("browser")
class BrowserTest {
    static final String UNODC = "https://w3id.org/mandategraph/id/body/UNODC";
    static final Path SHOTS = Path.of("target", "browser");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "fixture", // hand-made dataset with mandates and citations
            "seeds",   // the seed documents as extracted (needs mandate and citation extraction)
    })
    void pageWorksEndToEnd(String data) throws Exception {
        assertThat(Files.isExecutable(Chromium.BINARY))
                .as("Chromium at %s (run .ci/install-test-tools or set CHROMIUM)", Chromium.BINARY).isTrue();
        DatasetGraph dsg = data.equals("seeds") ? TestData.seeds() : TestData.fixture();
        try (TestServer server = TestServer.start(dsg); Chromium browser = Chromium.start()) {
            // the graph of mandates renders on a canvas
            browser.navigate(server.url("/#graph"));
            browser.waitFor("window.mandategraph && window.mandategraph.cy && document.querySelector('#cy canvas')", 30);
            int nodes = browser.eval("window.mandategraph.graphNodes").asInt();
            browser.screenshot(SHOTS.resolve(data + "-graph.png"));
            assertThat(nodes).isPositive();
            browser.waitFor("document.getElementById('g-status').textContent.includes('nodes')", 10);

            // a real click on UNODC's node lists its mandates
            browser.waitFor("window.mandategraph.cy.getElementById('" + UNODC + "').length === 1", 5);
            var pos = browser.eval("(() => { const n = window.mandategraph.cy.getElementById('" + UNODC + "');"
                    + " const p = n.renderedPosition(); const r = document.getElementById('cy').getBoundingClientRect();"
                    + " return {x: r.left + p.x, y: r.top + p.y}; })()");
            browser.click(pos.get("x").asDouble(), pos.get("y").asDouble());
            try {
                browser.waitFor("document.querySelectorAll('#mandate-list li.mandate').length > 0", 15);
            } finally {
                browser.screenshot(SHOTS.resolve(data + "-graph.png"));
            }
            String listed = browser.eval("document.getElementById('mandate-list').textContent").asText();
            assertThat(listed).contains("A/RES/66/177 op 12");
            assertThat(browser.eval("document.querySelector('#node-panel h2').textContent").asText())
                    .isEqualTo("联合国毒品和犯罪问题办公室");

            // the document view shows paragraph 12 with verb, addressee and citation highlighted
            browser.navigate(server.url("/id/resolution/GA/66/177"));
            browser.waitFor("document.getElementById('op-12')", 10);
            assertThat(browser.eval("document.querySelector('#op-12 mark.verb').textContent").asText())
                    .isEqualTo("吁请");
            assertThat(browser.eval("document.querySelector('#op-12 mark.addressee').textContent").asText())
                    .isEqualTo("联合国毒品和犯罪问题办公室");
            assertThat(browser.eval("document.querySelectorAll('#op-12 mark.citation').length").asInt()).isPositive();
            assertThat(browser.eval("document.querySelector('#op-12 a.hl.addressee').getAttribute('href')").asText())
                    .isEqualTo("/id/body/UNODC");
            browser.eval("document.getElementById('op-12').scrollIntoView()");
            browser.screenshot(SHOTS.resolve(data + "-document.png"));

            // search by body and a canned question, both through the SPARQL endpoint
            browser.navigate(server.url("/#search"));
            browser.waitFor("document.querySelector('#f-body option[value=\"" + UNODC + "\"]')", 15);
            browser.eval("(() => { document.getElementById('f-body').value = '" + UNODC + "';"
                    + " document.querySelector('#search-form button').click(); })()");
            browser.waitFor("document.querySelectorAll('#search-results tbody tr').length > 0", 15);
            assertThat(browser.eval("document.getElementById('search-results').textContent").asText())
                    .contains("resolution/GA/66/177/op/12");
            browser.navigate(server.url("/#questions"));
            browser.waitFor("document.querySelector('#question-list button[data-name=\"documents\"]')", 10);
            browser.eval("document.querySelector('#question-list button[data-name=\"documents\"]').click()");
            browser.waitFor("document.querySelectorAll('#question-results tbody tr').length > 0", 15);
            browser.screenshot(SHOTS.resolve(data + "-questions.png"));
        }
    }
}
