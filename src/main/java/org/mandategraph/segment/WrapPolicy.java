package org.mandategraph.segment;

import java.util.List;
import org.mandategraph.language.DocumentGrammar;

/**
 * How a document's physical lines relate to its paragraphs, chosen once per document from all its body lines:
 * markdown-like text puts one paragraph on a line; text extracted from a PDF wraps lines at the printed page's
 * width, so a line shorter than the page's full width ends its paragraph.
 */
enum WrapPolicy {
    /** One paragraph a line: most lines end a sentence and run longer than a printed page allows. */
    PARAGRAPH_PER_LINE,
    /** Most lines end a sentence, but none is wider than a printed page: a PDF printing short paragraphs. */
    PRINTED_PAGE,
    /** Lines stop mid-sentence: a PDF's hard-wrapped lines. */
    HARD_WRAPPED;

    /** Display width (a Chinese character counts 2) beyond which lines cannot come from a printed page. */
    static final int PRINTED_LINE_WIDTH = 100;

    /** Lines shorter than this are left out when telling whether lines end sentences. */
    private static final int MIN_TELLING_LENGTH = 15;

    /** The policy and the width of a full printed line (the 90th percentile of line widths; 0 with no lines). */
    /**
     * @param blankSeparated whether blank lines separate the paragraphs: most text lines follow a blank line, so a
     *                       line right under another one, opening no paragraph, is the same paragraph wrapped
     */
    record Choice(WrapPolicy policy, double fullWidth, boolean blankSeparated) {
        boolean perLine() {
            return policy == PARAGRAPH_PER_LINE;
        }
    }

    static Choice choose(List<Line> body, DocumentGrammar g) {
        double fullWidth = fullLineWidth(body);
        boolean endsMost = mostLinesEndSentences(body, g);
        // a printed page bounds its lines (about 40 Chinese characters); one paragraph a line runs longer
        WrapPolicy p = endsMost && fullWidth > PRINTED_LINE_WIDTH ? PARAGRAPH_PER_LINE
                : endsMost ? PRINTED_PAGE : HARD_WRAPPED;
        return new Choice(p, fullWidth, blankSeparated(body));
    }

    /** Markdown-like text ends most lines with punctuation; PDF text wraps lines mid-sentence. */
    private static boolean mostLinesEndSentences(List<Line> body, DocumentGrammar g) {
        int total = 0;
        int ended = 0;
        for (Line l : body) {
            if (l.blank() || l.clean().length() < MIN_TELLING_LENGTH) {
                continue;
            }
            total++;
            if (g.endsSentence(l.clean())) {
                ended++;
            }
        }
        return total == 0 || ended * 2 >= total;
    }

    /** The share of text lines that follow a blank line beyond which blank lines are the paragraphs' separator. */
    private static final double BLANK_SEPARATED_SHARE = 0.6;

    private static boolean blankSeparated(List<Line> body) {
        int lines = 0;
        int afterBlank = 0;
        boolean prevBlank = true;
        for (Line l : body) {
            if (l.blank()) {
                prevBlank = true;
                continue;
            }
            lines++;
            if (prevBlank) {
                afterBlank++;
            }
            prevBlank = false;
        }
        return lines > 0 && afterBlank >= BLANK_SEPARATED_SHARE * lines;
    }

    private static double fullLineWidth(List<Line> body) {
        int[] ws = body.stream().filter(l -> !l.blank()).mapToInt(l -> Blocks.width(l.raw())).sorted().toArray();
        if (ws.length == 0) {
            return 0;
        }
        int at = (int) Math.floor(ws.length * 0.9);
        return ws[at == ws.length ? ws.length - 1 : at];
    }
}
