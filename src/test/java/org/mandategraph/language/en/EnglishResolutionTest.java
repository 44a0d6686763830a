package org.mandategraph.language.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.annotate.Citation;
import org.mandategraph.annotate.CitationAnnotator;
import org.mandategraph.annotate.Response;
import org.mandategraph.annotate.ResponseAnnotator;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.Span;
import org.mandategraph.document.UnDocument;
import org.mandategraph.language.Languages;
import org.mandategraph.lexicon.Gazetteer;

/**
 * The English tokens through the shared, language-neutral resolver and response annotator, unchanged: paragraphs of
 * real General Assembly resolutions of the eightieth session, built by hand because English documents cannot be
 * segmented yet. The expected keys are those of {@code corpus-en/gold}.
 */
class EnglishResolutionTest {
    private static final String ID = "https://w3id.org/mandategraph/id/";

    private static AnnotatedDocument ga(String number, List<String> preamble, List<String> operative, List<Footnote> notes,
                                        List<List<String>> markers) {
        List<Paragraph> ps = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < preamble.size(); i++, k++) {
            ps.add(new Paragraph(ParagraphKind.PREAMBULAR, String.valueOf(i + 1), k, preamble.get(i), new Span(0, 0),
                    List.of(), k < markers.size() ? markers.get(k) : List.of()));
        }
        for (int i = 0; i < operative.size(); i++, k++) {
            ps.add(new Paragraph(ParagraphKind.OPERATIVE, String.valueOf(i + 1), k, operative.get(i), new Span(0, 0),
                    List.of(), k < markers.size() ? markers.get(k) : List.of()));
        }
        Header h = new Header(DocumentType.RESOLUTION, "GA", "GA", null, number, "A/RES/" + number, null, 80, null,
                null, null, LocalDate.of(2025, 12, 1), null, null, "C1");
        UnDocument d = new UnDocument(new SourceText("t.md", "", StandardCharsets.UTF_8, "md"), null, h, ps, notes,
                List.of());
        AnnotatedDocument doc = AnnotatedDocument.of(d, ID + "resolution/GA/" + number, Languages.forTag("en").orElseThrow());
        doc = new CitationAnnotator(Gazetteer.of(doc.language().matchRules())).annotate(doc);
        return new ResponseAnnotator().annotate(doc);
    }

    private static List<String> cited(AnnotatedDocument d, int paragraph) {
        return d.citations().stream().filter(c -> c.locus().paragraph() == paragraph)
                .map(Citation::target).map(t -> t.iri().substring(ID.length())).distinct().toList();
    }

    @Test
    void languageIsFoundByTag() {
        assertThat(Languages.forTag("en")).get().isInstanceOf(English.class);
    }

    @Test
    void resolutionsListWithLettersAndADecision() {
        AnnotatedDocument d = ga("80/25", List.of("Recalling further its resolutions 49/75 J of 15 December 1994, 50/70 G of "
                + "12 December 1995, 78/23 of 4 December 2023 and 79/43 of 2 December 2024, and its decision 58/520 of "
                + "8 December 2003,"), List.of(), List.of(), List.of());
        assertThat(cited(d, 0)).containsExactly("resolution/GA/49/75", "resolution/GA/50/70", "resolution/GA/78/23",
                "resolution/GA/79/43", "decision/GA/58/520");
    }

    @Test
    void issuersNamedBeforeTheWordAndNumbersByShape() {
        AnnotatedDocument d = ga("80/10", List.of(
                "Reaffirming also its resolutions 53/199 of 15 December 1998 and 61/185 of 20 December 2006 on the "
                        + "proclamation of international years, and Economic and Social Council resolution 1980/67 of "
                        + "25 July 1980 on international years and anniversaries,",
                "Welcoming the work of the Human Rights Council and recalling resolution 60/251 and Security Council "
                        + "resolution 1540 (2004),"), List.of(), List.of(), List.of());
        assertThat(cited(d, 0)).containsExactly("resolution/GA/53/199", "resolution/GA/61/185", "resolution/ECOSOC/1980/67");
        // the Council is named in the clause but does not precede the word: the number is the Assembly's
        assertThat(cited(d, 1)).containsExactly("resolution/GA/60/251", "resolution/SC/1540");
    }

    @Test
    void provisionsOfInstrumentsNamedAfterThem() {
        AnnotatedDocument d = ga("80/24", List.of(
                "Recalling the Treaty on the Non-Proliferation of Nuclear Weapons,",
                "Reaffirming paragraph 80 of the Final Document of the Tenth Special Session of the General Assembly,"),
                List.of("Also underlines the undertaking to which all States Parties are committed under article VI of the Treaty;"),
                List.of(), List.of());
        assertThat(cited(d, 0)).containsExactly("instrument/NPT");
        assertThat(cited(d, 1)).containsExactly("instrument/SSOD1", "instrument/SSOD1/para/80");
        assertThat(cited(d, 2)).containsExactly("instrument/NPT", "instrument/NPT/art/VI");
    }

    @Test
    void treatySeriesFootnoteCitesTheInstrument() {
        AnnotatedDocument d = ga("80/19", List.of("Reaffirming also the provisions of articles III and IV of the Treaty on "
                        + "Principles Governing the Activities of States in the Exploration and Use of Outer Space, including "
                        + "the Moon and Other Celestial Bodies,"), List.of(),
                List.of(new Footnote("1", "United Nations, Treaty Series, vol. 610, No. 8843.", new Span(0, 0))),
                List.of(List.of("1")));
        assertThat(cited(d, 0)).containsExactly("instrument/OST", "instrument/OST/art/III", "instrument/OST/art/IV");
    }

    @Test
    void reportSubmittedPursuantToAResolutionAnswersIt() {
        // 80/25: "the report of the Secretary-General submitted pursuant to resolution 79/43,4" + "4 A/80/125."
        AnnotatedDocument d = ga("80/25", List.of("Taking note of the report of the Secretary-General submitted pursuant "
                        + "to resolution 79/43,"), List.of(),
                List.of(new Footnote("4", "A/80/125.", new Span(0, 0))), List.of(List.of("4")));
        assertThat(d.responses()).extracting(Response::reportIri, Response::resolutionIri)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ID + "doc/A/80/125", ID + "resolution/GA/79/43"));
    }

    @Test
    void reportOnTheImplementationIsNoResponseByThisRule() {
        // 80/4: no "pursuant to", so SPEC §5.8's trigger is not met (the gold leaves it out)
        AnnotatedDocument d = ga("80/4", List.of("Taking note of the report of the Secretary-General on the "
                        + "implementation of resolution 79/7,"), List.of(),
                List.of(new Footnote("1", "A/80/287.", new Span(0, 0))), List.of(List.of("1")));
        assertThat(d.responses()).isEmpty();
    }
}
