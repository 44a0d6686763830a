package org.mandategraph.language.en;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English title block, body line, paragraph markers and footnote-marker shapes, case by case. */
class EnglishDocumentGrammarTest {
    private final EnglishDocumentGrammar g = EnglishDocumentGrammar.INSTANCE;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                                                   | adopted
            Resolution adopted by the General Assembly on 1 December 2025           | 2025-12-01
            Decision adopted by the General Assembly on 19 September 2025           | 2025-09-19
            Adopted by the Security Council at its 9512th meeting, on 21 December 2023 | 2023-12-21
            General Assembly Distr.: General 5 December 2025                        | -
            [on the report of the First Committee (A/80/534, para. 7)]              | -
            """)
    void adoptionLine(String line, LocalDate adopted) {
        assertThat(g.adoptionLine().matcher(line).matches()).isEqualTo(adopted != null);
        if (adopted != null) {
            assertThat(g.findDate(line)).contains(adopted);
        }
    }

    @Test
    void distributionDateIsNotTheAdoptionDate() {
        Matcher m = g.distributed().matcher("General Assembly Distr.: General 5 December 2025");
        assertThat(m.find()).isTrue();
        assertThat(g.findDate(m.group(1))).contains(LocalDate.of(2025, 12, 5));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                                         | body                | report
            [on the report of the First Committee (A/80/534, para. 7)]     | the First Committee | A/80/534, para. 7
            [on the recommendation of the Fifth Committee (A/80/600)]      | the Fifth Committee | A/80/600
            [without reference to a Main Committee (A/80/L.7)]             | -                   | -
            """)
    void adoptedOn(String line, String body, String report) {
        Matcher m = g.adoptedOn().matcher(line);
        assertThat(m.find()).isEqualTo(body != null);
        if (body != null) {
            assertThat(m.group(1)).isEqualTo(body);
            assertThat(g.recommendingName(m.group(1))).isEqualTo(body.replaceFirst("^the ", ""));
            assertThat(m.group(2)).isEqualTo(report);
        }
        assertThat(g.citesAdoptionBasis(line)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                                           | number    | title
            80/12. Objective information on military matters                 | 80/12     | Objective information on military matters
            S-10/2. Final Document                                           | S-10/2    | Final Document
            35/142 B. Reduction of military budgets                          | 35/142 B  | Reduction of military budgets
            56/14 of 29 November 2001,                                       | -         | -
            """)
    void numberAndTitle(String line, String number, String title) {
        Matcher m = g.numberAndTitle().matcher(line);
        assertThat(m.matches()).isEqualTo(number != null);
        if (number != null) {
            assertThat(m.group(1)).isEqualTo(number);
            assertThat(m.group(2)).isEqualTo(title);
        }
    }

    @Test
    void securityCouncilNumberInWords() {
        Matcher m = g.numberInWords().matcher("Resolution 2719 (2023)");
        assertThat(m.matches()).isTrue();
        assertThat(m.group(1)).isEqualTo("2719 (2023)");
        assertThat(g.namesDecision(m.group(2))).isFalse();
        assertThat(g.namesDecision("Decision adopted by the General Assembly on 1 December 2025")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                                                   | session | agenda
            Eightieth session Agenda item 90 (b) Reduction of military budgets      | 80      | 90 (b)
            Seventy-ninth session Agenda item 7                                     | 79      | 7
            Tenth special session Item 7 of the provisional agenda                  | 10      | -
            """)
    void sessionAndAgenda(String line, int session, String agenda) {
        Matcher s = g.session().matcher(line);
        assertThat(s.find()).isTrue();
        assertThat(g.sessionNumber(s.group(1))).isEqualTo(session);
        Matcher a = g.agendaItem().matcher(line);
        if (agenda != null) {
            assertThat(a.find()).isTrue();
            assertThat(a.group(1)).isEqualTo(agenda);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # line                                     | name
            The General Assembly,                      | General Assembly
            The Security Council,                      | Security Council
            The Commission on Narcotic Drugs,          | Commission on Narcotic Drugs
            Conference of the Parties to the United Nations Convention against Transnational Organized Crime, | Conference of the Parties to the United Nations Convention against Transnational Organized Crime
            Recalling its resolution 79/1,             | -
            Noting the work of the Committee,          | -
            General Assembly                           | -
            """)
    void bodyLine(String line, String name) {
        assertThat(g.bodyLineName(line).filter(g::looksLikeBodyName).orElse(null)).isEqualTo(name);
        if (name != null) {
            assertThat(g.bodyLineNameOf(line)).isEqualTo(name);
        }
    }

    @Test
    void leadingNameStopsBeforeTheDistributionNote() {
        Matcher m = g.leadingName().matcher("General Assembly Distr.: General 5 December 2025");
        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("General Assembly");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # closing record                         | closes
            52nd plenary meeting 1 December 2025     | true
            52nd plenary meeting                     | true
            1 December 2025                          | true
            9512th meeting                           | true
            52 States voted in favour                | false
            """)
    void closing(String line, boolean closes) {
        assertThat(g.closing().matcher(line).matches()).isEqualTo(closes);
    }

    /** Only glued or comma-spaced numbers after a word are offered as markers; figures and lists never. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # text                                                 | candidate
            the standardized reporting system,1 and                | 1
            the report submitted pursuant to resolution 79/43,4    | 4
            the Universal Declaration of Human Rights, 1 the       | 1
            the Convention on the Rights of the Child.4            | 4
            an increase of 3.5 per cent                            | -
            a total of 1,000 participants                          | -
            articles 6, 7 and 17                                   | -
            for the period 2021, 3 and 4                           | -
            held in 2023, 5 years after                            | -
            the indicative timetable for 2025–20288 and            | 8
            the period 2025–2028 and                               | -
            in 2025-202612                                         | 12
            """)
    void markerCandidates(String text, String candidate) {
        Matcher m = g.afterPunctuationMarkerCandidate().matcher(text);
        assertThat(m.find() ? m.group(1) : null).isEqualTo(candidate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # line opening                                  | continues
            flow of objective information on military       | true
            56/14 of 29 November 2001, 58/28 of 8 December  | true
            Recalling also its resolution 35/142 B,         | false
            2. Requests the Secretary-General               | false
            52nd plenary meeting 1 December 2025            | false
            1 December 2025                                 | false
            (a) To continue to provide                      | false
            """)
    void continuesSentence(String line, boolean continues) {
        assertThat(g.continuesSentence(line)).isEqualTo(continues);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                 | ends
            in military matters,                   | true
            the Final Document.”                   | true
            Member States;                         | true
            the guidelines and recommendations:    | true
            that a better                          | false
            """)
    void endsSentence(String text, boolean ends) {
        assertThat(g.endsSentence(text)).isEqualTo(ends);
    }
}
