package org.mandategraph.language.zh;

import org.mandategraph.language.zh.Dates;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # compact Chinese date from a header line
            2011年12月19日大会决议          | 2011-12-19
            # spaced Chinese date from a closing line
            2012 年 7 月 26 日              | 2012-07-26
            # distribution date in English
            Distr.: General 30 March 2012   | 2012-03-30
            # mixed spacing
            2013 年 4 月 22 日至 26 日，维也纳 | 2013-04-22
            """)
    void findsDates(String text, String iso) {
        assertThat(Dates.find(text)).contains(LocalDate.parse(iso));
    }

    @ParameterizedTest
    @CsvSource({"2012年13月40日", "no date here"})
    void rejectsImpossibleOrMissingDates(String text) {
        assertThat(Dates.find(text)).isEmpty();
    }
}
