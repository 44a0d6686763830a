package org.mandategraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.mandategraph.document.Diagnostic;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.PrintedHeader;
import org.mandategraph.document.SourceText;
import org.mandategraph.document.UnDocument;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Language;
import org.mandategraph.language.Languages;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.VerbLexicon;

/**
 * Splits a read UN document into header, paragraphs and footnotes, in the document's language: layout analysis
 * ({@link LayoutAnalyzer}: footnotes apart from body lines), block joining under one {@link WrapPolicy} per
 * document ({@link BlockJoiner}), header parsing into printed strings ({@link HeaderParser}), paragraph
 * sequencing ({@link ParagraphSequencer}). The header stays as printed ({@link PrintedHeader}): mapping its names to
 * codes is the pipeline's first annotator's.
 */
public final class Segmenter {
    private static final Set<Gazetteer.Type> BODY = Set.of(Gazetteer.Type.BODY);

    private final Gazetteer gazetteer;
    private final VerbLexicon verbs;

    public Segmenter(Gazetteer gazetteer) {
        this(gazetteer, VerbLexicon.of(gazetteer.rules()));
    }

    public Segmenter(Gazetteer gazetteer, VerbLexicon verbs) {
        this.gazetteer = gazetteer;
        this.verbs = verbs;
    }

    /** Segments {@code src} in the language detected from its text. */
    public UnDocument segment(SourceText src) {
        return segment(src, Languages.detect(src.text()));
    }

    /** Segments {@code src} with the document grammar of {@code language}. */
    public UnDocument segment(SourceText src, Language language) {
        DocumentGrammar g = language.documentGrammar();
        List<Diagnostic> diags = new ArrayList<>(src.diagnostics());
        Warnings warnings = new Warnings(src.fileName(), diags);

        LayoutAnalyzer.Result laid = new LayoutAnalyzer(g, warnings).analyze(Line.of(src));
        List<Line> body = laid.body();
        WrapPolicy.Choice wrap = WrapPolicy.choose(body, g);

        HeaderParser headers = new HeaderParser(g);
        int bodyLine = headers.bodyLine(body, this::isListedBody, t -> !verbs.at(t.strip(), 0).isEmpty());
        int firstPara = headers.firstNumbered(body, Math.max(0, bodyLine + 1));
        int headerEnd = bodyLine >= 0 ? bodyLine : firstPara < 0 ? body.size() : firstPara;
        PrintedHeader printed = headers.parse(body.subList(0, headerEnd),
                bodyLine >= 0 ? DocumentType.RESOLUTION : DocumentType.REPORT);
        DocumentType type = bodyLine < 0 ? DocumentType.REPORT
                : printed.decision() ? DocumentType.DECISION : DocumentType.RESOLUTION;
        if (bodyLine < 0 && firstPara >= 0 && fragment(body, firstPara, g)) {
            // nothing printed before paragraph 1 and it opens with a lead verb: operative text cut from a resolution
            type = DocumentType.RESOLUTION;
            warnings.warn(new org.mandategraph.document.Span(body.get(firstPara).start(), body.get(firstPara).end()),
                    "no title block or body line: read as a fragment of a resolution's operative paragraphs");
        }

        int second = firstPara < 0 ? -1 : secondTitleBlock(body, firstPara + 1, g, headers);
        if (second >= 0) {
            warnings.warn(new org.mandategraph.document.Span(body.get(second).start(), body.get(second).end()),
                    "the file seems to hold several documents one after another (another title block and body line here); "
                    + "they are read as one document: split the file to read each");
        }

        List<Line> rest = withoutRepeatedTitle(body.subList(bodyLine >= 0 ? bodyLine + 1 : headerEnd, body.size()),
                printed.title(), g);
        List<BlockJoiner.Block> blocks = new BlockJoiner(g, t -> !verbs.at(t, 0).isEmpty()).join(rest, wrap);
        ParagraphSequencer.Result seq = new ParagraphSequencer(g, warnings,
                t -> verbs.at(t, 0).map(h -> g.operativeForm(h.form())).orElse(false))
                .sequence(blocks, type, laid.footnotes().keySet());

        printed = printed.withBody(type, bodyLine >= 0 ? headers.bodyName(body.get(bodyLine)) : null,
                seq.closingDate(), seq.meeting());
        List<Footnote> fns = new ArrayList<>(laid.footnotes().values());
        return new UnDocument(src, printed, seq.paragraphs(), fns, diags);
    }

    /** How far after a title block's session or agenda line its body line may come. */
    private static final int TITLE_BLOCK_LINES = 30;
    /** A title block's session or agenda line is short or opens with them; a paragraph naming a session is neither. */
    private static final int TITLE_LINE_MAX = 40;

    /**
     * Where a second document's title block begins, after the first document's paragraphs began at {@code from}: a
     * line opening with a session or agenda item (or short and printing one), then a body line within a few lines. A 60 MB file of resolutions
     * one after another otherwise reads as one long document, and the user is never told. Returns -1 when none.
     */
    private int secondTitleBlock(List<Line> body, int from, DocumentGrammar g, HeaderParser headers) {
        for (int i = from; i < body.size(); i++) {
            String c = body.get(i).clean().strip();
            boolean opens = g.session().matcher(c).lookingAt() || g.agendaItem().matcher(c).lookingAt();
            boolean shortLine = c.length() <= TITLE_LINE_MAX && (g.session().matcher(c).find() || g.agendaItem().matcher(c).find());
            if (!opens && !shortLine) {
                continue;
            }
            List<Line> after = body.subList(i + 1, Math.min(body.size(), i + 1 + TITLE_BLOCK_LINES));
            if (headers.bodyLine(after, this::isListedBody, t -> !verbs.at(t.strip(), 0).isEmpty()) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a name printed on a body line is a listed body, exactly. */
    private boolean isListedBody(String name) {
        return gazetteer.exact(name, BODY).isPresent();
    }

    /** A running title is a page's head only when it is this long; shorter lines may be section headings. */
    private static final int RUNNING_TITLE_MIN = 20;

    /**
     * The body's lines with the document's title, printed again atop later pages, marked as running heads: a line
     * ending no sentence that is the title or the start of it (a running head cut to the page's width), never a
     * numbered paragraph. Text extracted from a PDF keeps these heads amid the paragraphs they interrupt.
     */
    private static List<Line> withoutRepeatedTitle(List<Line> lines, String title, DocumentGrammar g) {
        if (title == null) {
            return lines;
        }
        String t = squeeze(title);
        if (t.length() < RUNNING_TITLE_MIN) {
            return lines;
        }
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            String c = squeeze(l.clean());
            boolean head = !l.blank() && c.length() >= RUNNING_TITLE_MIN && t.startsWith(c)
                    && !g.endsSentence(l.clean().strip()) && !g.paragraphNumber().matcher(l.clean()).find();
            out.add(head ? l.asRunningHead() : l);
        }
        return out;
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Runs of whitespace as one space, stripped; a line with single spaces only is not searched. */
    private static String squeeze(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == ' ' && i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1))) {
                return WHITESPACE.matcher(s).replaceAll(" ").strip();
            }
        }
        return s.strip();
    }

    /** Whether the text starts at paragraph 1 with nothing before it, and paragraph 1 opens with a lead verb. */
    private boolean fragment(List<Line> body, int firstPara, DocumentGrammar g) {
        for (int i = 0; i < firstPara; i++) {
            if (!body.get(i).blank()) {
                return false;
            }
        }
        String c = body.get(firstPara).clean();
        java.util.regex.Matcher m = g.paragraphNumber().matcher(c);
        return m.find() && !verbs.at(c.substring(m.end()).strip(), 0).isEmpty();
    }
}
