package org.mandategraph.document;

import java.time.LocalDate;

/**
 * Metadata printed above the body of a document. Codes are gazetteer codes ({@code GA}, {@code ECOSOC});
 * absent values are {@code null}: a header says only what the page printed.
 *
 * @param organCode       organ whose session the document belongs to (the first header line)
 * @param adoptingBodyCode body that adopted a resolution/decision (the body line, e.g. {@code 大会，})
 * @param authorCode      author of a report ({@code 执行主任的报告} → {@code UNODC-ED})
 * @param number          resolution/decision number as printed ({@code 66/177}, {@code 2012/19}, {@code 10/4})
 * @param symbol          UN symbol, printed or derived from organ and number ({@code A/RES/66/177})
 * @param committeeReport symbol of the report the resolution was adopted on ({@code A/66/463})
 * @param recommendingBodyCode the committee or commission on whose report or recommendation it was adopted
 *                        ({@code C3}; {@code CCPCJ} for an ECOSOC resolution recommended by the Crime Commission)
 */
public record Header(DocumentType type, String organCode, String adoptingBodyCode, String authorCode,
                     String number, String symbol, String title, Integer session, String agendaItem,
                     String committeeReport, LocalDate distributed, LocalDate adopted, Integer plenaryMeeting,
                     String summary, String recommendingBodyCode) {
}
