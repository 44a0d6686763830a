package org.mandategraph.segment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.Span;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.read.TextCleaner;
import org.mandategraph.segment.BlockJoiner.Block;

/**
 * Paragraph sequencing: turns blocks into paragraphs. A resolution's unnumbered preamble runs up to its
 * paragraph 1; its operative paragraphs, like a report's paragraphs, are numbered in one sequence 1…N, so a
 * numbered line out of sequence is a section heading whose numbering restarts (SPEC §5 rule 7). Lettered blocks
 * are sub-paragraphs of the paragraph before them; the closing date and meeting lines are the adoption record.
 */
final class ParagraphSequencer {
    /** A heading's text is shorter than this; a paragraph's may be too but then it ends a sentence. */
    private static final int HEADING_LENGTH = 60;
    /** In a report, an unfinished line shorter than this between paragraphs is a heading. */
    private static final int REPORT_HEADING_LENGTH = 40;

    /** The paragraphs in reading order and the closing record printed after them. */
    record Result(List<Paragraph> paragraphs, LocalDate closingDate, Integer meeting) {
    }

    private final DocumentGrammar g;
    private final Warnings warnings;
    /** Whether a block opens with an operative lead verb ({@code Adopts …}): where an unnumbered operative part begins. */
    private final java.util.function.Predicate<String> opensOperatively;

    ParagraphSequencer(DocumentGrammar g, Warnings warnings) {
        this(g, warnings, t -> false);
    }

    ParagraphSequencer(DocumentGrammar g, Warnings warnings, java.util.function.Predicate<String> opensOperatively) {
        this.g = g;
        this.warnings = warnings;
        this.opensOperatively = opensOperatively;
    }

    /** @param footnotes the document's footnote markers: candidate markers become links only to these */
    Result sequence(List<Block> blocks, DocumentType type, Set<String> footnotes) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Closing closing = new Closing();
        if (type == DocumentType.REPORT) {
            numbered(blocks, ParagraphKind.REPORT, paragraphs, footnotes, closing, true);
        } else {
            int i = 0;
            for (; i < blocks.size(); i++) {
                Matcher m = g.paragraphNumber().matcher(blocks.get(i).text);
                if (m.find() && m.group(1).equals("1")) {
                    break;
                }
            }
            int close = closingBefore(blocks, i);
            if (close >= 0 && unnumberedOperative(blocks, close, paragraphs, footnotes, closing)) {
                // the annex: a declaration the resolution adopts, numbered 1…N after the closing record
                numbered(blocks.subList(close + 1, blocks.size()), ParagraphKind.ANNEX, paragraphs, footnotes, closing, false);
                return new Result(paragraphs, closing.date, closing.meeting);
            }
            int pp = 0;
            for (Block b : blocks.subList(0, i)) {
                if (b.heading || b.text.isBlank()) {
                    continue;
                }
                pp++;
                TextCleaner.Unmarked u = TextCleaner.unmark(b.text, footnotes::contains);
                paragraphs.add(new Paragraph(ParagraphKind.PREAMBULAR, String.valueOf(pp), paragraphs.size() + 1,
                        u.text(), new Span(b.start, b.end), List.of(), u.markers()));
            }
            numbered(blocks.subList(i, blocks.size()), ParagraphKind.OPERATIVE, paragraphs, footnotes, closing, false);
        }
        return new Result(paragraphs, closing.date, closing.meeting);
    }

    /**
     * The first block before {@code end} (no paragraph 1 came before it) that is or opens with the closing record, or
     * -1: an annex's heading and title lines may be joined after it ({@code 48th plenary meeting 24 November 2025
     * Annex 2025 Political Declaration …}).
     */
    private int closingBefore(List<Block> blocks, int end) {
        for (int k = 0; k < end; k++) {
            String visible = Blocks.visible(blocks.get(k).text);
            if (!blocks.get(k).heading && (g.closing().matcher(visible).matches() || g.meeting().matcher(visible).lookingAt())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * A resolution whose closing record comes before any paragraph 1 (so what is numbered comes after it, in an
     * annex): its unnumbered paragraphs before the record are its preamble up to the first that opens with an
     * operative lead verb, and its operative part from there, numbered 1…k as read. Adds them and the record and
     * returns true; false (adding nothing) when no paragraph before the record opens operatively.
     */
    private boolean unnumberedOperative(List<Block> blocks, int close, List<Paragraph> out, Set<String> footnotes,
                                        Closing closing) {
        int first = -1;
        for (int k = 0; k < close && first < 0; k++) {
            Block b = blocks.get(k);
            if (!b.heading && !b.text.isBlank() && opensOperatively.test(Blocks.visible(b.text).strip())) {
                first = k;
            }
        }
        if (first < 0) {
            return false;
        }
        int pp = 0;
        int op = 0;
        for (int k = 0; k < close; k++) {
            Block b = blocks.get(k);
            if (b.heading || b.text.isBlank()) {
                continue;
            }
            ParagraphKind kind = k < first ? ParagraphKind.PREAMBULAR : ParagraphKind.OPERATIVE;
            String number = String.valueOf(kind == ParagraphKind.PREAMBULAR ? ++pp : ++op);
            TextCleaner.Unmarked u = TextCleaner.unmark(b.text, footnotes::contains);
            out.add(new Paragraph(kind, number, out.size() + 1, u.text(), new Span(b.start, b.end), List.of(), u.markers()));
        }
        String visible = Blocks.visible(blocks.get(close).text);
        g.findDate(visible).ifPresent(d -> closing.date = d);
        Matcher pm = g.meeting().matcher(visible);
        if (pm.find()) {
            closing.meeting = Integer.parseInt(pm.group(1));
        }
        return true;
    }

    private static final class Closing {
        LocalDate date;
        Integer meeting;
    }

    private void numbered(List<Block> blocks, ParagraphKind kind, List<Paragraph> out, Set<String> fns,
                          Closing closing, boolean report) {
        int expected = 1;
        PBuilder cur = null;
        List<PBuilder> built = new ArrayList<>();
        for (Block b : blocks) {
            String visible = Blocks.visible(b.text);
            if (g.closing().matcher(visible).matches()) {
                g.findDate(visible).ifPresent(d -> closing.date = d);
                Matcher pm = g.meeting().matcher(visible);
                if (pm.find()) {
                    closing.meeting = Integer.parseInt(pm.group(1));
                }
                cur = null;
                continue;
            }
            Matcher m = g.paragraphNumber().matcher(b.text);
            if (m.find() && !b.heading) {
                int n = Integer.parseInt(m.group(1));
                String rest = b.text.substring(m.end());
                boolean looksHeading = !g.endsSentence(Blocks.visible(rest)) && rest.length() < HEADING_LENGTH;
                if (n == expected || (n == expected + 1 && !looksHeading)) {
                    if (n != expected) {
                        warnings.warn(new Span(b.start, b.end),
                                "paragraph " + expected + " not found; numbering continues at " + n);
                    }
                    cur = new PBuilder(kind, String.valueOf(n), b, rest);
                    built.add(cur);
                    expected = n + 1;
                    continue;
                }
                cur = null;
                continue;
            }
            Matcher s = g.subParagraphLabel().matcher(b.text);
            if (s.find() && cur != null) {
                if (cur.hasSub(s.group(1))) {
                    // a label printed twice would name one sub-paragraph twice: the second stays text of the one before
                    warnings.warn(new Span(b.start, b.end),
                            "paragraph " + cur.number + " prints sub-paragraph (" + s.group(1)
                                    + ") twice; the second is read as text of the sub-paragraph before it");
                    cur.appendLast(b);
                    continue;
                }
                cur.subs.add(new SubBuilder(s.group(1), b, b.text.substring(s.end())));
                cur.end = b.end;
                continue;
            }
            if (b.heading || g.sectionHeading().matcher(b.text).find()) {
                cur = null;
                continue;
            }
            boolean headingLike = report && !g.endsSentence(visible) && visible.length() < REPORT_HEADING_LENGTH;
            if (cur != null && !headingLike) {
                cur.appendLast(b);
                continue;
            }
            cur = null;
        }
        for (PBuilder p : built) {
            out.add(p.build(out.size() + 1, fns));
        }
    }

    /** A sub-paragraph being read: its label, where it is, and its text so far (wrapped pieces joined). */
    private static final class SubBuilder {
        final String label;
        final int start;
        int end;
        String text;

        SubBuilder(String label, Block b, String text) {
            this.label = label;
            this.start = b.start;
            this.end = b.end;
            this.text = text;
        }
    }

    /** A numbered paragraph being read, with its sub-paragraphs. */
    private static final class PBuilder {
        final ParagraphKind kind;
        final String number;
        final int start;
        int end;
        String text;
        final List<SubBuilder> subs = new ArrayList<>();

        PBuilder(ParagraphKind kind, String number, Block b, String text) {
            this.kind = kind;
            this.number = number;
            this.start = b.start;
            this.end = b.end;
            this.text = text;
        }

        /** Whether a sub-paragraph of this label (in either case, as its IRI has it) has begun. */
        boolean hasSub(String label) {
            return subs.stream().anyMatch(x -> x.label.equalsIgnoreCase(label));
        }

        /** Joins a continuation block to the paragraph, or to its last sub-paragraph once those have begun. */
        void appendLast(Block b) {
            if (subs.isEmpty()) {
                text = TextCleaner.join(text, b.text);
            } else {
                SubBuilder last = subs.get(subs.size() - 1);
                last.text = TextCleaner.join(last.text, b.text);
                last.end = b.end;
            }
            end = b.end;
        }

        Paragraph build(int ordinal, Set<String> fns) {
            TextCleaner.Unmarked u = TextCleaner.unmark(text, fns::contains);
            List<SubParagraph> sp = new ArrayList<>();
            for (SubBuilder sb : subs) {
                TextCleaner.Unmarked su = TextCleaner.unmark(sb.text, fns::contains);
                sp.add(new SubParagraph(sb.label, su.text(), new Span(sb.start, sb.end), su.markers()));
            }
            return new Paragraph(kind, number, ordinal, u.text(), new Span(start, end), sp, u.markers());
        }
    }
}
