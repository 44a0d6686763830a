package org.mandategraph.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.Span;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.read.TextCleaner;

/**
 * Layout analysis: separates a document's footnotes from its body lines. It reads lines in one pass through an
 * explicit {@link State} (as jsoup's tree builder does): in the {@link State#BODY body}, a marker line opens a
 * footnote printed among the paragraphs; a rule above a numbered line opens a page's footnote area, which ends
 * at the first line that continues no footnote, the page having turned there.
 */
final class LayoutAnalyzer {
    private static final Pattern NUMBER_ONLY = Pattern.compile("^(\\d{1,3})$");
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("^(\\d{1,3}|[*∗])\\s+(\\S.*)$");
    private static final Pattern STAR_NOTE = Pattern.compile("^[*∗]\\s+(\\S.*)$");
    private static final Pattern SURE_MARK_LINE = Pattern.compile("^" + TextCleaner.MARK_OPEN + "([0-9*]{1,3})" + TextCleaner.MARK_CLOSE + "\\s*(\\S.*)$");

    /** Where the reading stands. */
    enum State {
        /** Among the paragraphs. */
        BODY,
        /** In a footnote printed among the paragraphs ({@code ¹ text}), which may wrap until it ends. */
        LOOSE_FOOTNOTE,
        /** Below a page's rule, where numbered lines are footnotes and the rest continue them. */
        FOOTNOTE_AREA
    }

    /** The body lines, with the page-break flag on the first line after a page's footnotes, and the footnotes by marker. */
    record Result(List<Line> body, Map<String, Footnote> footnotes, List<State> states) {
    }

    private final DocumentGrammar g;
    private final Warnings warnings;

    LayoutAnalyzer(DocumentGrammar g, Warnings warnings) {
        this.g = g;
        this.warnings = warnings;
    }

    /** A footnote being read. */
    private static final class Pending {
        final String label;
        final StringBuilder text = new StringBuilder();
        final int start;
        int end;

        Pending(String label, String text, Line l) {
            this.label = label;
            this.text.append(text);
            this.start = l.start();
            this.end = l.end();
        }

        void append(Line l) {
            text.replace(0, text.length(), TextCleaner.join(text.toString(), l.clean()));
            end = l.end();
        }
    }

    Result analyze(List<Line> lines) {
        List<Line> body = new ArrayList<>();
        Map<String, Footnote> out = new LinkedHashMap<>();
        List<State> states = new ArrayList<>();
        State state = State.BODY;
        boolean pageBroke = false;
        Pending pending = null;
        for (int idx = 0; idx < lines.size(); idx++) {
            Line l = lines.get(idx);
            states.add(state);
            if (l.role() == SourceLine.Role.RULE) {
                put(out, pending);
                pending = null;
                state = nextNonBlankIsFootnote(lines, idx + 1) ? State.FOOTNOTE_AREA : State.BODY;
                continue;
            }
            if (l.blank()) {
                if (state != State.FOOTNOTE_AREA) {
                    body.add(l);
                }
                continue;
            }
            if (l.role() == SourceLine.Role.PAGE_FOOTER) {
                pageBroke = true;
                continue;
            }
            Matcher sure = SURE_MARK_LINE.matcher(l.clean());
            Matcher star = STAR_NOTE.matcher(l.clean());
            boolean midSentence = state != State.FOOTNOTE_AREA && !body.isEmpty() && lastNonBlankOpen(body);
            if ((sure.matches() || star.matches()) && !midSentence) {
                put(out, pending);
                pending = new Pending(sure.matches() ? sure.group(1) : "*", sure.matches() ? sure.group(2) : star.group(1), l);
                state = state == State.FOOTNOTE_AREA ? State.FOOTNOTE_AREA : State.LOOSE_FOOTNOTE;
                continue;
            }
            if (state == State.LOOSE_FOOTNOTE) {
                // a footnote printed among the paragraphs may wrap onto further lines until it ends
                if (!endsFootnote(pending.text) && !Blocks.startsBlock(g, l.clean(), l.heading())) {
                    pending.append(l);
                    continue;
                }
                put(out, pending);
                pending = null;
                state = State.BODY;
            }
            if (state == State.FOOTNOTE_AREA) {
                Matcher num = NUMBER_ONLY.matcher(l.clean());
                Matcher fl = FOOTNOTE_LINE.matcher(l.clean());
                String label = num.matches() ? num.group(1) : fl.matches() ? fl.group(1) : null;
                if (label != null && nextFootnote(label, fl.matches() ? fl.group(2) : "", out, pending)) {
                    put(out, pending);
                    pending = new Pending(num.matches() ? num.group(1) : fl.group(1).replace('∗', '*'),
                            fl.matches() ? fl.group(2) : "", l);
                    continue;
                }
                if (pending != null && (pending.text.length() == 0 || !endsFootnote(pending.text))) {
                    pending.append(l);
                    continue;
                }
                put(out, pending);
                pending = null;
                state = State.BODY;
                pageBroke = true;
            }
            if (pageBroke) {
                l = l.afterBreak();
                pageBroke = false;
            }
            body.add(l);
        }
        put(out, pending);
        return new Result(body, out, states);
    }

    /**
     * Whether a numbered line in a footnote area starts the next footnote: footnotes on a page are numbered in
     * sequence, so a number far beyond the last one, or one followed by a date or counting word, is the body text
     * carried over from before the page break ({@code 28 日第 1373 (2001) 号决议}).
     */
    private boolean nextFootnote(String label, String rest, Map<String, Footnote> seen, Pending pending) {
        if (label.equals("*") || label.equals("∗")) {
            return true;
        }
        if (!rest.isEmpty() && g.followsNumber(rest.charAt(0))) {
            return false;
        }
        int n = Integer.parseInt(label);
        int last = 0;
        for (String k : seen.keySet()) {
            if (k.chars().allMatch(Character::isDigit)) {
                last = Math.max(last, Integer.parseInt(k));
            }
        }
        if (pending != null && pending.label.chars().allMatch(Character::isDigit)) {
            last = Math.max(last, Integer.parseInt(pending.label));
        }
        return last == 0 || (n > last && n <= last + 3);
    }

    /** Whether the body so far stops mid-sentence, so a marker at the start of the next line belongs to it. */
    private boolean lastNonBlankOpen(List<Line> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            String c = body.get(i).clean();
            if (!c.isEmpty()) {
                String visible = Blocks.visible(c);
                return !visible.isEmpty() && !g.endsSentence(visible) && visible.length() >= 15;
            }
        }
        return false;
    }

    private boolean endsFootnote(CharSequence s) {
        return g.endsFootnote(s.charAt(s.length() - 1));
    }

    private static boolean nextNonBlankIsFootnote(List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            return NUMBER_ONLY.matcher(l.clean()).matches() || FOOTNOTE_LINE.matcher(l.clean()).matches()
                    || SURE_MARK_LINE.matcher(l.clean()).matches() || STAR_NOTE.matcher(l.clean()).matches();
        }
        return false;
    }

    private void put(Map<String, Footnote> out, Pending p) {
        if (p == null) {
            return;
        }
        String t = TextCleaner.unmark(p.text.toString(), x -> false).text();
        if (t.isBlank()) {
            return;
        }
        Span span = new Span(p.start, Math.max(p.start, p.end));
        Footnote first = out.putIfAbsent(p.label, new Footnote(p.label, t, span));
        if (first != null && !first.text().equals(t)) {
            warnings.warn(span, "footnote " + p.label
                    + " printed again with other text; the first, at " + first.sourceSpan().start() + ", is kept");
        }
    }
}
