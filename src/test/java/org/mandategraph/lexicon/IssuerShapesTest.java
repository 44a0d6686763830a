package org.mandategraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The issuer of a resolution number cited with no body named, decided by the number's shape as the data says. */
class IssuerShapesTest {
    @ParameterizedTest(name = "{0} in a text of {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "2012/17, CCPCJ, ECOSOC",      // a year before the slash: the Council's series
            "2012/17, GA, ECOSOC",
            "1373 (2001), -, SC",          // the year in brackets: only the Security Council
            "S-20/2, -, GA",               // special sessions of the Assembly
            "S-20/2, ECOSOC, GA",
            "S-5/1, HRC, HRC",             // the Human Rights Council's own special sessions
            "65/230, -, GA",               // nothing to tell: the General Assembly
            "65/230, GA, GA",
            "65/230, ECOSOC, GA",          // bare numbers in ECOSOC texts are the Assembly's
            "19/1, CCPCJ, CCPCJ",          // elsewhere the adopting body's own
            "7/1, HRC, HRC",
    })
    void issuerByShape(String number, String adopting, String issuer) {
        assertThat(IssuerShapes.get().issuer(number, adopting)).isEqualTo(issuer);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"1373 (2001), SC", "1267(1999), SC", "66/177, -", "2012/19, -"})
    void onlyTheYearInBracketsDecidesWhateverBodyIsNamed(String number, String body) {
        assertThat(IssuerShapes.get().decisive(number)).isEqualTo(body);
    }
}
