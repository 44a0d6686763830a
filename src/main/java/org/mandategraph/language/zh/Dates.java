package org.mandategraph.language.zh;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as UN documents print them: {@code 2011年12月19日}, {@code 2012 年 7 月 26 日}, {@code 30 March 2012}. */
public final class Dates {
    public static final Pattern ZH = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    public static final Pattern EN = Pattern.compile(
            "(\\d{1,2})\\s+(January|February|March|April|May|June|July|August|September|October|November|December)\\s+(\\d{4})",
            Pattern.CASE_INSENSITIVE);

    private Dates() {
    }

    /** The first date printed in the text, Chinese or English form. */
    public static Optional<LocalDate> find(CharSequence text) {
        Matcher m = ZH.matcher(text);
        if (m.find()) {
            return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        m = EN.matcher(text);
        if (m.find()) {
            Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            return of(Integer.parseInt(m.group(3)), month.getValue(), Integer.parseInt(m.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int y, int m, int d) {
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
