package org.mandategraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.annotate.Mandate;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.SourceText;
import org.mandategraph.read.TextLayout;

/**
 * An English resolution written for this test in the official style, read as text extracted from its PDF: the
 * packed title block, lines wrapped mid-sentence, a paragraph's comma at a line's end, the title repeated atop a
 * page, footnote markers glued after punctuation, and the page's footnotes below a rule.
 */
class EnglishExtractionTest {
    private static final String ID = "https://w3id.org/mandategraph/id/body/";

    static final String RESOLUTION = """
            United Nations
            A/RES/80/99
            General Assembly Distr.: General 12 December 2025
            Eightieth session Agenda item 107 Crime prevention and criminal justice
            Resolution adopted by the General Assembly on 8 December 2025
            [on the report of the Third Committee (A/80/480, para. 12)]
            80/99. Technical assistance for implementing the international conventions and protocols related to terrorism
            The General Assembly,
            Recalling its resolutions 66/177 of 19 December 2011, 67/189 of 20 December 2012,
            68/193 of 18 December 2013 and 79/43 of 2 December 2024,
            Noting with appreciation the report of the Secretary-General submitted pursuant to
            resolution 79/43,1
            Technical assistance for implementing the international conventions and protocols
            Mindful of article 7, paragraph 1, of the United Nations Convention against
            Transnational Organized Crime,
            1. Requests the United Nations Office on Drugs and Crime to continue to provide
            technical assistance to Member States, upon request, and to that end requests the
            Secretary-General to provide the Office with sufficient resources;
            2. Recommends the guidelines annexed to the present resolution to all Member States
            for implementation;
            3. Encourages States parties to the Convention and the Conference of the Parties to the
            United Nations Convention against Transnational Organized Crime to strengthen cooperation;
            4. Requests the Secretary-General to report to the General Assembly at its eighty-first
            session on the implementation of the present resolution.
            52nd plenary meeting
            8 December 2025
            __________________
            1 A/80/125.
            """;

    /** The mandates of {@code text}, each as "paragraph verb addressee" (paragraphs counted from 0), sorted. */
    private static List<String> mandates(String text) throws Exception {
        return extract(text).mandates().stream()
                .map(m -> m.locus().paragraph() + " " + m.verbCode() + " " + m.addresseeIri().replace(ID, ""))
                .sorted().collect(Collectors.toList());
    }

    private static AnnotatedDocument extract(String text) throws Exception {
        return Extractor.standard().extract(new SourceText("en.txt", text, StandardCharsets.UTF_8, "text",
                TextLayout.ofText(text)));
    }

    @Test
    void titleBlock() throws Exception {
        Header h = extract(RESOLUTION).document().header();
        assertThat(h.type()).isEqualTo(DocumentType.RESOLUTION);
        assertThat(h.symbol()).isEqualTo("A/RES/80/99");
        assertThat(h.number()).isEqualTo("80/99");
        assertThat(h.organCode()).isEqualTo("GA");
        assertThat(h.adoptingBodyCode()).isEqualTo("GA");
        assertThat(h.adopted()).as("the adoption date, not the distribution date").isEqualTo(LocalDate.of(2025, 12, 8));
        assertThat(h.distributed()).isEqualTo(LocalDate.of(2025, 12, 12));
        assertThat(h.session()).isEqualTo(80);
        assertThat(h.agendaItem()).isEqualTo("107");
        assertThat(h.committeeReport()).isEqualTo("A/80/480");
        assertThat(h.recommendingBodyCode()).isEqualTo("C3");
        assertThat(h.plenaryMeeting()).isEqualTo(52);
        assertThat(h.title()).startsWith("Technical assistance for implementing");
    }

    @Test
    void paragraphsJoinAcrossWrapsAndDropTheRunningTitle() throws Exception {
        List<Paragraph> ps = extract(RESOLUTION).document().paragraphs();
        List<Paragraph> pre = ps.stream().filter(p -> p.kind() == ParagraphKind.PREAMBULAR).toList();
        List<Paragraph> op = ps.stream().filter(p -> p.kind() == ParagraphKind.OPERATIVE).toList();
        assertThat(pre).hasSize(3);
        assertThat(op).extracting(Paragraph::number).containsExactly("1", "2", "3", "4");
        assertThat(pre.get(0).text()).isEqualTo("Recalling its resolutions 66/177 of 19 December 2011, 67/189 of 20 December"
                + " 2012, 68/193 of 18 December 2013 and 79/43 of 2 December 2024,");
        assertThat(pre.get(1).text()).as("the marker is taken out, the running title dropped")
                .isEqualTo("Noting with appreciation the report of the Secretary-General submitted pursuant to resolution 79/43,");
        assertThat(pre.get(1).footnoteMarkers()).containsExactly("1");
    }

    @Test
    void mandatesOfEnglishClauses() throws Exception {
        List<String> ms = mandates(RESOLUTION);
        assertThat(ms).containsExactlyInAnyOrder(
                "3 request UNODC", "3 request SG", // "and to that end requests the Secretary-General"
                "4 recommend MemberStates", // the object named first, the addressee after "to"
                "5 encourage StatesParties", "5 encourage COP-UNTOC", // a list past the first agent's "to the Convention"
                "6 request SG");
    }

    @Test
    void reportingMandate() throws Exception {
        Mandate m = extract(RESOLUTION).mandates().stream().filter(x -> x.locus().paragraph() == 6).findFirst().orElseThrow();
        assertThat(m.reportToIri()).isEqualTo(ID + "GA");
        assertThat(m.dueSession()).isEqualTo(81);
    }

    @Test
    void yamlFrontMatterIsMetadataNotText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("r.md");
        Files.writeString(f, "---\nsymbol: A/RES/80/99\ntitle: \"General Assembly\"\n---\n\n" + RESOLUTION);
        AnnotatedDocument d = Extractor.standard().extract(f);
        assertThat(d.document().header().symbol()).isEqualTo("A/RES/80/99");
        assertThat(d.document().paragraphs()).hasSize(7);
    }

    @Test
    void chineseAndEnglishInOneBatch(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("en.txt"), RESOLUTION);
        Files.copy(Path.of("seeds/000_eea1a508a6c70b7c.txt"), dir.resolve("zh.txt"));
        java.io.StringWriter err = new java.io.StringWriter();
        BatchResult b = BatchResult.extract(Extractor.standard(), List.of(dir), new java.io.PrintWriter(err));
        assertThat(b.failures()).as(err.toString()).isZero();
        assertThat(b.extracted()).extracting(x -> x.document().language().tag()).containsExactlyInAnyOrder("en", "zh");
    }

    static final String SHORT_FORMS = """
            Resolution adopted by the General Assembly on 8 December 2025
            80/98. Short forms
            The General Assembly,
            Noting the work of the United Nations Office on Drugs and Crime,
            1. Requests the Office to continue its work;
            2. Also requests the Executive Director to report on the implementation of the present resolution;
            3. Expresses its appreciation to the nuclear-weapon States that have signed the Protocols, and calls
            upon those that have not yet done so to sign them;
            4. Invites all countries of the region to support the zone;
            5. Also invites those countries to refrain from any action;
            6. Encourages the office of the President to continue its work;
            """;

    /** English short forms resolved in context (ontology/anaphora.ttl): a capital keeps them apart from words. */
    @Test
    void shortFormsResolveToTheAgentInContext() throws Exception {
        List<String> ms = mandates(SHORT_FORMS);
        assertThat(ms).containsExactly(
                "1 request UNODC", // the Office
                "2 request UNODC-ED", // the Executive Director of the office last named
                "3 call-upon NWS", // those that have not yet done so
                "4 invite States",
                "5 invite States"); // those countries; "the office of the President" (lower case) is no short form
    }

    static final String COMMISSIONS = """
            Resolution adopted by the General Assembly on 8 December 2025
            80/96. Review of the peacebuilding architecture
            The General Assembly,
            1. Welcomes the work of the Peacebuilding Commission, and encourages the Commission to explore
            opportunities for a more systematic engagement with regional organizations;
            2. Requests the Disarmament Commission to continue its work, and invites the Commission to report
            to the General Assembly at its eighty-first session;
            3. Encourages the Commission to cooperate with the Commission on Narcotic Drugs, and requests the
            Commission to report on that cooperation;
            """;

    /**
     * "The Commission" is the commission last named whose name ends so, a subsidiary organ of the Assembly as well as
     * a functional commission; never a commission the document does not name (before, the one whose name shared most
     * with the title: the Forum on Forests).
     */
    @Test
    void theCommissionIsTheCommissionLastNamed() throws Exception {
        List<String> ms = mandates(COMMISSIONS);
        assertThat(ms).containsExactly(
                "0 encourage PBC", // paragraphs counted from 0
                "1 invite UNDC",
                "1 request UNDC",
                "2 encourage UNDC", // the last named before it, in the paragraph above
                "2 request CND");
    }

    static final String SHARED_HEADS = """
            Resolution adopted by the General Assembly on 8 December 2025
            80/97. Shared heads
            The General Assembly,
            1. Encourages the Olympic and Paralympic movements to work with sports organizations;
            2. Invites the Olympic and Lunar movements to support the Truce;
            3. Invites National Olympic and Paralympic Committees to cooperate;
            4. Encourages Member States, civil society and the private sector to cooperate;
            """;

    /**
     * One head printed for several names ("the Olympic and Paralympic movements") is two addressees, but only when each
     * modifier makes a whole name with the head; a name that is itself printed so stays one.
     */
    @Test
    void modifiersSharingOneHeadNameEachBody() throws Exception {
        List<String> ms = mandates(SHARED_HEADS);
        assertThat(ms).containsExactly(
                "0 encourage OlympicMovement",
                "0 encourage ParalympicMovement",
                // "Lunar movement" is no name: neither is taken, the sentence tasks nobody known
                "2 invite NOPC", // a name printed with a shared head of its own
                "3 encourage CivilSociety", // collectives are addressees
                "3 encourage MemberStates",
                "3 encourage PrivateSector");
    }
}
