package org.mandategraph.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A document's header as printed, before any name is mapped to a code: what the segmenter reads above the body and
 * at its end, and what the pipeline's first annotator maps to a {@link Header}. Absent values are {@code null}.
 *
 * @param type            what the text is, as the segmenter found it (a body line: resolution or decision; none: report)
 * @param names           the name each header line starts with, in order, for choosing the organ
 * @param firstLine       the first header line (a report's organ when no line names a known organ)
 * @param bodyName        the adopting body as printed on the body line ({@code 大会}), for resolutions and decisions
 * @param decision        whether some line says the text is a decision
 * @param session         the session as a number (from the printed numerals)
 * @param agendaItem      the agenda item as printed, spaces removed ({@code 107}, {@code 7(a)})
 * @param recommendingName the committee or commission on whose report or recommendation the text was adopted
 * @param committeeReport the symbol of that report
 * @param distributed     the date of distribution printed in the header
 * @param adopted         the date of adoption printed in the header
 * @param symbol          the symbol printed in the header
 * @param number          the resolution or decision number ({@code 66/177})
 * @param title           the title as printed
 * @param authorName      a report's author as printed ({@code 执行主任})
 * @param summary         a report's summary printed under its author line
 * @param closingDate     the date printed at the end of the text
 * @param meeting         the meeting printed at the end of the text
 */
public record PrintedHeader(DocumentType type, List<NameLine> names, String firstLine, String bodyName,
                            boolean decision, Integer session, String agendaItem, String recommendingName,
                            String committeeReport, LocalDate distributed, LocalDate adopted, String symbol,
                            String number, String title, String authorName, String summary, LocalDate closingDate,
                            Integer meeting) {
    public PrintedHeader {
        names = List.copyOf(names);
    }

    /**
     * The name a header line starts with, and whether a session line had been printed by then (a commission
     * printed under its parent council is the organ when it stands just above the session line).
     */
    public record NameLine(String name, boolean afterSession) {
    }

    /** The same header as the body gives it: the type, the body line's name and the closing record. */
    public PrintedHeader withBody(DocumentType type, String bodyName, LocalDate closingDate, Integer meeting) {
        return new PrintedHeader(type, names, firstLine, bodyName, decision, session, agendaItem, recommendingName,
                committeeReport, distributed, adopted, symbol, number, title, authorName, summary, closingDate, meeting);
    }
}
