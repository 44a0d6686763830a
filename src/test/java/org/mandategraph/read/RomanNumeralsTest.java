package org.mandategraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RomanNumeralsTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"V, 5", "IV, 4", "XIV, 14", "IX, 9", "XL, 40", "ab, -1"})
    void parsesRomanNumerals(String s, int n) {
        assertThat(RomanNumerals.parse(s)).isEqualTo(n);
        if (n > 0) {
            assertThat(RomanNumerals.toRoman(n)).isEqualTo(s);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"XIV, true", "xxvi, true", "XIIII, false", "IIV, false"})
    void knowsTheUsualSpelling(String s, boolean wellFormed) {
        assertThat(RomanNumerals.wellFormed(s)).isEqualTo(wellFormed);
    }
}
