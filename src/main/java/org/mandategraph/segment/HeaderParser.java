package org.mandategraph.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.PrintedHeader;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.lexicon.Symbols;
import org.mandategraph.read.TextCleaner;

/**
 * Header parsing: finds where the header ends (the body line {@code 大会，} of a resolution, paragraph 1 of a
 * report) and reads the header's lines into a {@link PrintedHeader} of printed strings — organ and body names as
 * printed, symbol, number, title, session, agenda item, dates. Mapping names to codes is the header annotator's.
 */
final class HeaderParser {
    /** A symbol printed alone or at the end of a header line ({@code 联合国   A/68/127}). */
    private static final Pattern TRAILING_SYMBOL = Pattern.compile(
            "(?:^|\\s)([A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,}(?:\\s*\\(\\d{4}\\))?(?:\\s*-\\s*[A-Z]{1,6}(?:/[A-Za-z0-9.]+){2,})?)$");
    /** A body line is a short line. */
    private static final int BODY_LINE_MIN = 3;
    private static final int BODY_LINE_MAX = 120;

    private final DocumentGrammar g;

    HeaderParser(DocumentGrammar g) {
        this.g = g;
    }

    /**
     * The body's name line that opens the preamble of a resolution or decision, or -1 (a report): a short line
     * ending with the body line's comma whose name is a listed body ({@code listedBody}) or reads like one, before
     * any numbered paragraph. A listed adopting body alone on its line, with no comma (web pages and some PDFs print
     * it so; "The General Assembly" with its article too), counts too when the next line opens a paragraph with a
     * lead verb: the organ name atop a page does not.
     */
    int bodyLine(List<Line> body, Predicate<String> listedBody, Predicate<String> opensWithVerb) {
        for (int i = 0; i < body.size(); i++) {
            String c = body.get(i).clean();
            if (c.strip().length() < BODY_LINE_MIN - 1 || c.length() > BODY_LINE_MAX) {
                continue;
            }
            if (g.paragraphNumber().matcher(c).find()) {
                return -1;
            }
            Optional<String> name = c.strip().length() < BODY_LINE_MIN ? Optional.empty() : g.bodyLineName(c);
            if (name.isPresent() && (listedBody.test(name.get()) || g.looksLikeBodyName(name.get()))) {
                return i;
            }
            if (name.isEmpty() && (listedBody.test(c.strip()) || listedBody.test(g.bodyLineNameOf(c)))
                    && opensWithVerb.test(nextText(body, i))) {
                return i;
            }
        }
        return -1;
    }

    private static String nextText(List<Line> body, int i) {
        for (int k = i + 1; k < body.size(); k++) {
            if (!body.get(k).blank()) {
                return body.get(k).clean();
            }
        }
        return "";
    }

    /** The first line at or after {@code from} that opens paragraph 1, or -1. */
    int firstNumbered(List<Line> body, int from) {
        for (int i = from; i < body.size(); i++) {
            Matcher m = g.paragraphNumber().matcher(body.get(i).clean());
            if (m.find() && m.group(1).equals("1")) {
                return i;
            }
        }
        return -1;
    }

    /** The body line's name as printed, without its punctuation. */
    String bodyName(Line bodyLine) {
        return g.bodyLineNameOf(bodyLine.clean());
    }

    PrintedHeader parse(List<Line> header, DocumentType type) {
        List<String> texts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        int blanks = 0;
        for (Line l : header) {
            if (l.blank()) {
                blanks++;
                continue;
            }
            texts.add(l.clean());
            gaps.add(blanks);
            blanks = 0;
        }
        String all = String.join("\n", texts);
        List<PrintedHeader.NameLine> names = new ArrayList<>();
        boolean decision = false;
        boolean sessionSeen = false;
        for (String t : texts) {
            Matcher lead = g.leadingName().matcher(t);
            String name = lead.find() ? g.withoutKind(lead.group(1)) : "";
            sessionSeen |= g.session().matcher(t).find();
            names.add(new PrintedHeader.NameLine(name, sessionSeen));
            if (g.namesDecision(t)) {
                decision = true;
            }
        }
        Integer session = null;
        Matcher m = g.session().matcher(all);
        if (m.find()) {
            int n = g.sessionNumber(m.group(1));
            session = n > 0 ? n : null;
        }
        String agenda = null;
        m = g.agendaItem().matcher(all);
        if (m.find()) {
            agenda = m.group(1).replaceAll("\\s+", "");
        }
        String recommending = null;
        String committeeReport = null;
        m = g.adoptedOn().matcher(all.replace("\n", ""));
        if (m.find()) {
            recommending = g.recommendingName(m.group(1));
            List<String> syms = Symbols.findAll(m.group(2));
            if (!syms.isEmpty()) {
                committeeReport = syms.get(0);
            }
        }
        LocalDate distributed = null;
        m = g.distributed().matcher(all);
        if (m.find()) {
            distributed = g.findDate(m.group(1)).orElse(null);
        }
        LocalDate adopted = null;
        for (String t : texts) {
            if (g.adoptionLine().matcher(t).matches()) {
                adopted = g.findDate(t).orElse(null);
                if (g.namesDecision(t)) {
                    decision = true;
                }
            }
        }
        String symbol = null;
        for (String t : texts) {
            Matcher sym = TRAILING_SYMBOL.matcher(t);
            if (!g.citesAdoptionBasis(t) && sym.find()) {
                symbol = Symbols.normalize(sym.group(1));
                break;
            }
        }
        String number = null;
        String title = null;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            Matcher tn = g.numberAndTitle().matcher(t);
            Matcher tz = g.numberInWords().matcher(t);
            if (tn.matches() || tz.matches()) {
                number = g.halfWidthBrackets(Symbols.normalize(tn.matches() ? tn.group(1) : tz.group(1)))
                        .replaceAll("\\s*\\(", " (");
                if (tz.matches()) {
                    // the numbered title (第 31/2 号决议) says what the text is, whatever page chrome above it says
                    decision = g.namesDecision(tz.group(2));
                }
                StringBuilder tb = new StringBuilder(tn.matches() ? tn.group(2) : "");
                for (int j = i + 1; j < texts.size(); j++) {
                    if (g.adoptionLine().matcher(texts.get(j)).matches() || texts.get(j).startsWith("[")) {
                        continue; // the adoption record printed under the number is not part of the title
                    }
                    tb.replace(0, tb.length(), TextCleaner.join(tb.toString(), texts.get(j)));
                }
                title = TextCleaner.unmark(tb.toString(), x -> false).text();
                break;
            }
        }
        String author = null;
        String summary = null;
        if (type == DocumentType.REPORT) {
            for (int i = 0; i < texts.size(); i++) {
                Matcher r = g.authorLine().matcher(texts.get(i));
                if (r.matches()) {
                    author = r.group(1);
                    title = reportTitle(texts, gaps, i);
                    summary = summary(texts, i);
                    break;
                }
            }
        }
        String first = texts.isEmpty() ? null : texts.get(0);
        return new PrintedHeader(type, names, first, null, decision, session, agenda, recommending, committeeReport,
                distributed, adopted, symbol, number, title, author, summary, null, null);
    }

    /** The title stands between the agenda item (with its own title lines) and the author line. */
    private String reportTitle(List<String> texts, List<Integer> gaps, int authorLine) {
        int start = 0;
        for (int a = 0; a < authorLine; a++) {
            if (g.agendaItem().matcher(texts.get(a)).find() || g.session().matcher(texts.get(a)).find()) {
                start = a + 1;
                while (start < authorLine && gaps.get(start) == 0 && g.agendaItem().matcher(texts.get(a)).find()) {
                    start++;
                }
            }
        }
        int j = authorLine;
        StringBuilder title = new StringBuilder();
        while (j > start && gaps.get(j) <= 1) {
            j--;
            title.insert(0, texts.get(j));
            if (gaps.get(j) > 1) {
                break;
            }
        }
        return TextCleaner.unmark(title.toString(), x -> false).text();
    }

    /** The summary printed under the author line, up to the first section heading. */
    private String summary(List<String> texts, int authorLine) {
        StringBuilder summary = new StringBuilder();
        for (int k = authorLine + 1; k < texts.size(); k++) {
            String t = texts.get(k);
            if (g.isSummaryHeading(t)) {
                continue;
            }
            if (g.sectionHeading().matcher(t).find()) {
                break;
            }
            summary.replace(0, summary.length(), TextCleaner.join(summary.toString(), t));
        }
        return summary.length() == 0 ? null : TextCleaner.unmark(summary.toString(), x -> false).text();
    }
}
