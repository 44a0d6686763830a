package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word's automatic numbering printed back, on level definitions made by hand. */
class DocxNumberingTest {
    private static final List<DocxNumbering.Level> UN = List.of(
            new DocxNumbering.Level("decimal", "%1.", 1, "tab"),
            new DocxNumbering.Level("lowerLetter", "(%2)", 1, "tab"),
            new DocxNumbering.Level("lowerRoman", "(%3)", 1, "space"));

    @ParameterizedTest
    @CsvSource({"1, decimal, 1", "27, lowerLetter, aa", "4, lowerRoman, iv", "14, upperRoman, XIV", "3, upperLetter, C",
            "9, ordinal, 9"})
    void formats(int n, String fmt, String printed) {
        assertThat(DocxNumbering.format(n, fmt)).isEqualTo(printed);
    }

    @Test
    void deeperLevelsRestartWhenAShallowerOneMovesOn() {
        DocxNumbering c = new DocxNumbering();
        assertThat(c.next("7", 0, UN)).isEqualTo("1. ");
        assertThat(c.next("7", 1, UN)).isEqualTo("(a) ");
        assertThat(c.next("7", 1, UN)).isEqualTo("(b) ");
        assertThat(c.next("7", 2, UN)).isEqualTo("(i) ");
        assertThat(c.next("7", 2, UN)).isEqualTo("(ii) ");
        assertThat(c.next("7", 0, UN)).isEqualTo("2. ");
        assertThat(c.next("7", 1, UN)).isEqualTo("(a) ");
        assertThat(c.next("8", 0, UN)).as("another list counts on its own").isEqualTo("1. ");
    }

    @Test
    void startsSuffixesAndBullets() {
        DocxNumbering c = new DocxNumbering();
        List<DocxNumbering.Level> from12 = List.of(new DocxNumbering.Level("decimal", "%1.", 12, "nothing"));
        assertThat(c.next("1", 0, from12)).isEqualTo("12.");
        assertThat(c.next("1", 0, from12)).isEqualTo("13.");
        assertThat(c.next("2", 0, List.of(new DocxNumbering.Level("bullet", "•", 1, "tab")))).isEmpty();
        assertThat(c.next("3", 0, List.of(new DocxNumbering.Level("decimal", "%1.%2", 1, "tab"),
                new DocxNumbering.Level("decimal", "%1.%2", 1, "tab")))).isEqualTo("1.1 ");
        assertThat(c.next("4", 5, UN)).as("a level the list does not define").isEmpty();
    }
}
