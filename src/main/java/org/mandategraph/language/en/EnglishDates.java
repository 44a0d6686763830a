package org.mandategraph.language.en;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as English UN documents print them: day, month, year ({@code 1 December 2025}). The United States order
 * ({@code December 1, 2025}) is read too, because agreements and letters quoted in annexes use it.
 */
final class EnglishDates {
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December)";
    /** A date in the UN's order; group 1 the day, 2 the month, 3 the year. */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTH + ")\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b(" + MONTH + ")\\s+(\\d{1,2}),\\s+(\\d{4})\\b");

    private EnglishDates() {
    }

    /** The first date printed in the text; an impossible date (31 June) is no date. */
    static Optional<LocalDate> find(CharSequence text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        Matcher u = MONTH_DAY_YEAR.matcher(text);
        boolean dmy = m.find();
        boolean mdy = u.find();
        if (dmy && (!mdy || m.start() <= u.start())) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        return mdy ? of(u.group(3), u.group(1), u.group(2)) : Optional.empty();
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Month.valueOf(month.toUpperCase(Locale.ROOT)),
                    Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
