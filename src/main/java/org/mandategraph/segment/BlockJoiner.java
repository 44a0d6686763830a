package org.mandategraph.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.SourceLine;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.read.TextCleaner;

/**
 * Block joining: joins a document's body lines into blocks (paragraphs, headings, sub-paragraphs) under the
 * document's {@link WrapPolicy}. A line starts a new block when it carries a paragraph marker, or when the block
 * so far ends a sentence and the line is indented, follows a short line, or the text is paragraph-per-line;
 * everything else is a wrapped continuation. Bare numbers that may be footnote markers are marked as candidates.
 */
final class BlockJoiner {
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(\\d{1,3})$");
    /** Below this share of a full line's width, a line is short: its paragraph ended there. */
    private static final double SHORT_LINE = 0.8;
    /** An unfinished sentence this long goes on across a blank line even in paragraph-per-line text. */
    private static final int LONG_OPEN_SENTENCE = 30;
    /** How far from its end a block's text is searched for a line-end marker candidate (a few characters long). */
    private static final int LINE_END_REACH = 64;

    /** A run of joined lines that forms one paragraph, heading or sub-paragraph. */
    static final class Block {
        final int start;
        int end;
        String text;
        String lastLine;
        boolean heading;

        Block(Line l) {
            start = l.start();
            end = l.end();
            text = l.clean();
            lastLine = l.raw();
        }

        Block(int start, int end, String text, boolean heading) {
            this.start = start;
            this.end = end;
            this.text = text;
            this.lastLine = text;
            this.heading = heading;
        }
    }

    private final DocumentGrammar g;
    private final Predicate<String> opensWithLeadVerb;

    /** @param opensWithLeadVerb whether a text starts with an operative or preambular lead verb */
    BlockJoiner(DocumentGrammar g, Predicate<String> opensWithLeadVerb) {
        this.g = g;
        this.opensWithLeadVerb = opensWithLeadVerb;
    }

    List<Block> join(List<Line> lines, WrapPolicy.Choice wrap) {
        boolean perLine = wrap.perLine();
        double fullWidth = wrap.fullWidth();
        List<Block> out = new ArrayList<>();
        Block cur = null;
        boolean afterMarkerLine = false;
        boolean sawBlank = false;
        boolean pageBroke = false;
        for (Line l : lines) {
            if (l.blank()) {
                sawBlank = true;
                continue;
            }
            if (l.role() == SourceLine.Role.RUNNING_HEAD) {
                pageBroke = true; // page furniture inside the body: the page turned here
                continue;
            }
            if (pageBroke && !l.afterPageBreak()) {
                l = l.afterBreak();
            }
            pageBroke = false;
            String clean = l.clean();
            Matcher num = NUMBER_ONLY.matcher(clean);
            if (num.matches() && cur != null) {
                cur.text = cur.text + TextCleaner.CAND_OPEN + "!" + num.group(1) + TextCleaner.CAND_CLOSE;
                cur.end = l.end();
                afterMarkerLine = true;
                continue;
            }
            // a markdown heading that carries a paragraph number (### 16. **呼吁**…) is that paragraph, not a heading
            boolean mdHeading = l.heading() && !g.paragraphNumber().matcher(clean).find();
            if (cur != null && !cur.heading && !Blocks.startsBlock(g, clean, mdHeading)) {
                Matcher lead = g.numberLead().matcher(clean);
                String visible = Blocks.visible(cur.text);
                // a colon introduces what follows (sub-paragraphs start with their own markers)
                boolean ended = g.endsSentence(visible) && !g.introducesWhatFollows(visible);
                String visibleLine = Blocks.visible(clean);
                boolean continues;
                if (g.continuesSentence(visibleLine)) {
                    continues = true; // "56/14 of 29 November 2001," or "flow of objective information": no paragraph opens so
                } else if (wrap.blankSeparated() && !sawBlank && perLine && !opensWithLeadVerb.test(visibleLine)) {
                    continues = true; // blank lines part the paragraphs: a line right under another goes on with it
                } else if (!ended) {
                    // a sentence left open by a page break goes on; a blank line then a lead verb opens the next
                    // paragraph (PDF text loses the end of a paragraph at a page's foot: "…in this regard at")
                    continues = !perLine || !sawBlank || visible.length() >= LONG_OPEN_SENTENCE
                            && !opensWithLeadVerb.test(visibleLine);
                } else if (afterMarkerLine) {
                    continues = !l.indented() && !perLine;
                } else {
                    boolean shortPrev = fullWidth > 0 && Blocks.width(cur.lastLine) < SHORT_LINE * fullWidth;
                    // after a full line, or right after a page's footnotes, an indented line that opens with no lead
                    // verb is the top of a new page continuing the sentence (…，\n 并特别关注…), not a new paragraph
                    boolean pageTop = l.indented() && (!shortPrev || l.afterPageBreak())
                            && !opensWithLeadVerb.test(visibleLine);
                    // an ended sentence, a blank line and a lead verb: the next paragraph, however wide the line above
                    boolean opensParagraph = sawBlank && g.printsParagraphStart(visibleLine)
                            && opensWithLeadVerb.test(visibleLine);
                    continues = !perLine && !opensParagraph && ((!l.indented() && !shortPrev) || pageTop);
                }
                if (continues) {
                    if (!ended && lead.find()) {
                        clean = TextCleaner.CAND_OPEN + lead.group(1) + TextCleaner.CAND_CLOSE + clean.substring(lead.end());
                    }
                    // the candidate ends the text: search its last characters, not the whole paragraph so far
                    Matcher tail = g.lineEndMarkerCandidate().matcher(cur.text)
                            .region(Math.max(0, cur.text.length() - LINE_END_REACH), cur.text.length())
                            .useTransparentBounds(true).useAnchoringBounds(false);
                    if (!clean.isEmpty() && !g.followsNumber(clean.charAt(0)) && tail.find()) {
                        cur.text = cur.text.substring(0, tail.start()) + TextCleaner.CAND_OPEN + tail.group(1) + TextCleaner.CAND_CLOSE;
                    }
                    cur.text = TextCleaner.join(cur.text, markInline(clean));
                    // a marker line splits one printed line in two; its width is that of both pieces
                    cur.lastLine = afterMarkerLine ? cur.lastLine + l.raw() : l.raw();
                    cur.end = l.end();
                    afterMarkerLine = false;
                    sawBlank = false;
                    continue;
                }
            }
            cur = new Block(l);
            cur.text = markInline(clean);
            cur.heading = mdHeading;
            out.add(cur);
            afterMarkerLine = false;
            sawBlank = false;
        }
        return out;
    }

    private String markInline(String s) {
        if (!hasDigit(s)) {
            return s; // a marker candidate is a number
        }
        String marked = g.inlineMarkerCandidate().matcher(s)
                .replaceAll(TextCleaner.CAND_OPEN + "$1" + TextCleaner.CAND_CLOSE);
        return g.afterPunctuationMarkerCandidate().matcher(marked)
                .replaceAll(TextCleaner.CAND_OPEN + "$1" + TextCleaner.CAND_CLOSE);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
