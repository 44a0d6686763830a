package org.mandategraph.language.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mandategraph.language.Languages;
import org.mandategraph.language.ReferenceGrammar;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.TopicLexicon;
import org.mandategraph.lexicon.VerbLexicon;

/** English detection, numbers, name and verb matching, and the reference grammar on real sentences of corpus-en. */
class EnglishTest {
    private static final English EN = new English();
    private static final Gazetteer GAZ = Gazetteer.of(EN.matchRules());
    private static final VerbLexicon VERBS = VerbLexicon.of(EN.matchRules());
    private static final ReferenceGrammar G = EN.references();

    static Stream<Path> englishCorpus() throws IOException {
        return Files.list(Path.of("src/test/resources/corpus-en")).filter(p -> p.toString().endsWith(".md")).sorted();
    }

    static Stream<Path> chineseSeeds() throws IOException {
        return Files.list(Path.of("seeds")).filter(p -> p.toString().endsWith(".txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("englishCorpus")
    void englishResolutionsAreEnglish(Path p) throws IOException {
        assertThat(Languages.detect(Files.readString(p, StandardCharsets.UTF_8)).tag()).isEqualTo("en");
    }

    @ParameterizedTest
    @MethodSource("chineseSeeds")
    void chineseSeedsStayChinese(Path p) throws IOException {
        assertThat(Languages.detect(Files.readString(p, StandardCharsets.UTF_8)).tag()).isEqualTo("zh");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            # a Chinese paragraph dense with symbols and acronyms stays Chinese
            大会，回顾其第 66/177 号决议（A/RES/66/177）和 E/CN.15/2013/17 号文件以及 UNODC、UNICRI、CTED 和 FATF 的工作， => zh
            # a Chinese page with an English title stays Chinese
            United Nations Office on Drugs and Crime 联合国毒品和犯罪问题办公室执行主任的报告 => zh
            # an English operative paragraph of 80/25
            2. Requests the Secretary-General to continue to take action, through appropriate organs and within available resources => en
            # a line of the English title block
            Resolution adopted by the General Assembly on 1 December 2025 => en
            # nothing to read
            12345 => zh
            """)
    void detection(String text, String tag) {
        assertThat(Languages.detect(text).tag()).isEqualTo(tag.strip());
    }

    @Test
    void symbolsAloneAreWeakEnglish() {
        assertThat(EN.score("A/RES/66/177 E/CN.15/2013/17")).isLessThan(EN.score("Recalling its resolution 66/177"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            # sessions are counted in ordinal words
            Eightieth => 80
            eighty-first => 81
            twenty-seventh => 27
            sixty- ninth => 69
            # meetings and paragraphs in cardinal words
            twenty-two => 22
            one hundred and five => 105
            52nd => 52
            # sessions of pre-1976 resolutions
            XXVI => 26
            15 => 15
            # not a number
            Assembly => 0
            """)
    void numbers(String printed, int n) {
        assertThat(EN.number(printed.strip())).isEqualTo(n);
    }

    @Test
    void gazetteerFindsUnodcWithItsSpan() {
        String text = "Requests the United Nations Office on Drugs and Crime to continue to provide technical assistance";
        List<Gazetteer.Match> ms = GAZ.find(text);
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).entry().code()).isEqualTo("UNODC");
        assertThat(ms.get(0).span().of(text)).isEqualTo("United Nations Office on Drugs and Crime");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            # a whole word only: ICC (the Court) is not found inside ICCPR (the Covenant)
            the ICCPR and the ICC => ICCPRICC
            # an acronym keeps its capitals: "who" is no World Health Organization
            States who have not yet done so and WHO => StatesWHO
            # the verb "states" is not the States
            article 7 states that the nuclear-weapon States => NWS
            # a small letter of a name matches either case (sentence-initial capital, States Parties)
            Civil society organizations and States Parties => CivilSocietyStatesParties
            # runs of spaces and a line break inside a name
            the General   Assembly and the Economic and Social\\nCouncil => GAECOSOC
            # the longest name wins: the Commission, not the Council
            Commission on Crime Prevention and Criminal Justice => CCPCJ
            # a UN short form of a State as printed in UN English
            Bolivia (Plurinational State of) and Venezuela (Bolivarian Republic of) => BOLVEN
            # 80/12 op 5 and 80/25 op 5: collectives in running text, in small letters
            relevant international bodies, regional and subregional organizations, developing countries and research institutes => InternationalOrganizationsRegionalOrganizationsDevelopingCountriesResearchInstitutes
            # 80/23 op 2 and 80/24: a hyphen that PDF extraction split from its word
            urges those nuclear- weapon States that have not yet done so => NWS
            of the Protocol to the Treaty on a Nuclear-Weapon- Free Zone in Central Asia,16 => CANWFZ-P
            Encourages States Parties to the Treaty on the South-East Asia Nuclear- Weapon-Free Zone[^18] => StatesPartiesSEANWFZ
            # the new codes of the English corpus
            the Conference on Disarmament and the International Atomic Energy Agency => CDIAEA
            """)
    void gazetteerInEnglish(String text, String codes) {
        String t = text.replace("\\n", "\n");
        assertThat(GAZ.find(t).stream().map(m -> m.entry().code()).reduce("", String::concat)).isEqualTo(codes.strip());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = "=>", textBlock = """
            # operative lead forms in the third person
            Also requests the Secretary-General to report => request
            Requests the Secretary-General => request
            Reiterates its request to the Secretary-General => request
            Further requests => request
            Calls upon all States => call-upon
            Calls on all States => call-upon
            Reiterates its call upon all States => call-upon
            Appeals to all Member States => call-upon
            Once again urges all States => urge
            Encourages the international community => encourage
            Reiterates its invitation to Member States => invite
            Invites Member States => invite
            Recommends that => recommend
            Decides to include => decide
            Welcomes the report => welcome
            Takes note of the report => take-note
            Stresses the central role => emphasize
            Demands that => demand
            # preambular participles and adjectives
            Recalling also the provisions => recall
            Reaffirming its commitment => reaffirm
            Deeply concerned at => concern
            Mindful of the changes => aware
            Taking note with appreciation of => note-with-appreciation
            Noting with concern => concern
            Recognizing the importance => recognize
            Emphasizing => emphasize
            Expressing its appreciation => express-appreciation
            Bearing in mind => bear-in-mind
            Welcoming the adoption => welcome
            Convinced that => convinced
            Taking into account => take-into-account
            """)
    void leadVerbs(String text, String code) {
        assertThat(VERBS.lead(text).map(h -> h.verb().code())).contains(code.strip());
    }

    @Test
    void embeddedDirectivesInLowerCase() {
        String text = "1. Stresses the central role of the United Nations, and requests the Secretary-General to strengthen";
        int at = text.indexOf("requests");
        assertThat(VERBS.at(text, at).map(h -> h.verb().code())).contains("request");
        assertThat(VERBS.at(text, at).get().verb().directive()).isTrue();
        // not inside a longer word
        assertThat(VERBS.at("Notestein", 0)).isEmpty();
    }

    @Test
    void topicsFromEnglishKeywords() {
        TopicLexicon t = TopicLexicon.of(EN.matchRules());
        assertThat(t.topicsIn("to provide Technical Assistance and to report to the General Assembly"))
                .contains("technical-assistance", "report");
        assertThat(t.topicsIn("to sign and ratify the Treaty without delay")).contains("ratification");
    }

    // --- the reference grammar on sentences of corpus-en

    private static boolean masked(String text, String name) {
        int s = text.indexOf(name);
        var m = G.masks().matcher(text);
        while (m.find()) {
            if (m.start() <= s && s + name.length() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aBodyIsAnIssuerOnlyRightBeforeItsResolution() {
        assertThat(masked("established pursuant to General Assembly resolution 77/250 of 30 December 2022,", "General Assembly")).isFalse();
        assertThat(masked("Economic and Social Council resolution 1980/67 of 25 July 1980", "Economic and Social Council")).isFalse();
        assertThat(masked("upon the Disarmament Commission by the General Assembly, in its decision 52/492", "General Assembly")).isFalse();
        assertThat(masked("upon the Disarmament Commission by the General Assembly, in its decision 52/492", "Disarmament Commission")).isTrue();
        assertThat(masked("Welcoming the work of the Human Rights Council and recalling resolution 60/251", "Human Rights Council")).isTrue();
        // 80/25 op 8: a quoted item title
        assertThat(masked("under the item entitled “General and complete disarmament”, the sub-item", "General and complete disarmament")).isTrue();
    }

    @Test
    void clausesEndAtSemicolonsAndFullStopsNotAtAbbreviations() {
        String text = "United Nations, Treaty Series, vol. 729, No. 10485; see A/66/89/Corr.1. The Assembly";
        List<Integer> ends = G.clauseEnd().matcher(text).results().map(r -> r.end()).toList();
        assertThat(ends).containsExactly(text.indexOf(';') + 1, text.indexOf("Corr.1.") + 7);
    }

    @Test
    void pursuantToTiesAReportToTheResolution() {
        // how ResponseAnnotator reads the 20 characters before a reference
        String text = "Taking note of the report of the Secretary-General submitted pursuant to resolution 79/43,";
        int ref = text.indexOf("resolution 79/43");
        String lead = text.substring(ref - 20, ref);
        assertThat(Pattern.compile(G.pursuantLoose() + "[^" + G.clauseBreaks() + "]{0,14}$").matcher(lead).find()).isTrue();
        assertThat(G.preparedReport().matcher(",").find()).isTrue();
        assertThat(G.preparedReport().matcher(" and taking into account the evolving situation").find()).isFalse();
        assertThat(G.pursuant().matcher("the open-ended working group established pursuant to ").find()).isTrue();
        assertThat(G.pursuant().matcher("as requested in ").find()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            # 80/25 footnote 4: the report's symbol alone
            A/80/125. => true
            # 80/25 footnote 3
            See A/59/119. => true
            # 80/12 footnote 2: a symbol and its corrigenda
            A/66/89 and Corr.1 => true
            # 80/25 footnote 5: a resolution is no report
            See resolution 70/1. => false
            # 80/14 footnote 5: a treaty
            United Nations, Treaty Series, vol. 729, No. 10485. => false
            # 80/2 footnote: the Official Records
            Official Records of the General Assembly, Eightieth Session, Supplement No. 11 (A/80/11). => false
            """)
    void symbolOnlyFootnotes(String footnote, boolean symbolOnly) {
        assertThat(G.symbolFootnote().matcher(footnote.strip()).matches()).isEqualTo(symbolOnly);
    }

    @Test
    void thisReportSaysWhatItAnswers() {
        String s = "The present report is submitted pursuant to General Assembly resolution 79/42.";
        assertThat(G.thisReport().matcher(s).find()).isTrue();
        assertThat(G.thisReportPursuant().matcher(s.substring(0, s.indexOf("resolution"))).find()).isTrue();
        assertThat(G.thisReportAfter().matcher(", the present report provides information on").matches()).isTrue();
        assertThat(G.thisReportAfter().matcher(" of 2 December 2024, this report describes").matches()).isTrue();
        assertThat(G.sentence().matcher("In resolution 79/42, the Assembly requested a report. The present report responds.")
                .results().count()).isEqualTo(2);
    }

    @Test
    void bodyHeadsAreFoldedLikeTheNamesTheyEnd() {
        assertThat(G.bodyHeads()).allMatch(h -> h.equals(GAZ.normalize(h)));
        assertThat(GAZ.byCode("GA").orElseThrow().names()).anyMatch(n -> n.endsWith("assembly"));
        assertThat(GAZ.byCode("ECOSOC").orElseThrow().names()).anyMatch(n -> n.endsWith("council"));
    }
}
