package org.mandategraph.language.zh;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "六十六, 66",      // session of the General Assembly
            "二十二, 22",      // session of a commission
            "十, 10",          // leading 十 means one ten
            "十二, 12",
            "一百零五, 105",   // zero filler
            "一百一十, 110",
            "六十八, 68",
            "七, 7",
            "2012, 2012",      // Arabic digits pass through
            "abc, -1",         // not a numeral
            "99999999999, -1", // digits no int holds (found by fuzzing: a NumberFormatException)
    })
    void parsesChineseNumerals(String s, int n) {
        assertThat(ChineseNumerals.parse(s)).isEqualTo(n);
    }

    @ParameterizedTest(name = "{0} printed {1}")
    @CsvSource({"7, 七", "10, 十", "16, 十六", "20, 二十", "66, 六十六", "70, 七十", "99, 九十九"})
    void printsSessionsAsTheyArePrinted(int n, String printed) {
        assertThat(ChineseNumerals.print(n)).isEqualTo(printed);
        assertThat(ChineseNumerals.parse(printed)).isEqualTo(n);
    }
}
