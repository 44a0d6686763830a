package org.mandategraph.lexicon;

import org.mandategraph.lexicon.Symbols;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolNormalizeTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # spaces around slashes as some PDFs print them
            A / 66 / 177      | A/66/177
            # trailing full stop of a footnote
            A/67/156。        | A/67/156
            # dotted series parts stay
            E/CN.15/2013/17   | E/CN.15/2013/17
            CTOC/COP/WG.7/2012/6 | CTOC/COP/WG.7/2012/6
            """)
    void normalizes(String printed, String normal) {
        assertThat(Symbols.normalize(printed)).isEqualTo(normal);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # committee report in an adoption line
            [根据第三委员会的报告(A/66/463)通过]          | A/66/463
            # recommendation with corrigenda: the report itself comes first
            [根据预防犯罪和刑事司法委员会的建议(E/2012/30 和 Corr.1 和 2)通过] | E/2012/30
            # a special session's documents
            Supplement No. 2 (A/S-12/2),                    | A/S-12/2
            # the Conference on Disarmament's one series, and its revisions
            See CD/1839.                                    | CD/1839
            CD/8/Rev.9                                      | CD/8/Rev.9
            # a review conference numbered in roman figures
            BWC/CONF.IX/9, sect. II.E.                      | BWC/CONF.IX/9
            """)
    void findsSymbolsInRunningText(String text, String first) {
        assertThat(Symbols.findAll(text)).first().isEqualTo(first);
    }

    /** What looks like a symbol and is not: a bare series and number outside the one series that prints so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A/66
            CD/12
            ABC/1234
            """)
    void noSymbol(String text) {
        assertThat(Symbols.findAll(text)).isEmpty();
    }
}
