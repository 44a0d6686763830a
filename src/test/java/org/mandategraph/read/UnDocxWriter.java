package org.mandategraph.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Test-side writer of a document's text layout as a Word file the way an author would have written it: one
 * paragraph per paragraph of the text (lines printed together kept in one paragraph with line breaks), paragraph
 * numbers and sub-paragraph letters as Word's automatic numbering, markers as real footnote references (a custom
 * mark where the text's numbering does not run 1, 2, 3…), headings in heading styles, lead words in bold.
 */
final class UnDocxWriter {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3})\\.(\\s?)(\\S.*)$");
    private static final Pattern LETTERED = Pattern.compile("^\\(([a-z]{1,2})\\)(\\s?)(\\S.*)$");
    private static final Pattern NOTE_LABEL = Pattern.compile("^([0-9]{1,3}|[*∗])\\s+(\\S.*)$");

    /** Half an em of 10.5 pt type, in twentieths of a point: the width a text's leading space stands for. */
    static final int TWIPS_PER_SPACE = 105;
    private final XWPFDocument doc = new XWPFDocument();
    private final XWPFNumbering numbering = doc.createNumbering();
    private final Map<String, XWPFFootnote> notes = new HashMap<>();
    private final Set<String> referenced = new HashSet<>();
    private int ordinal;
    private int nextAbstract = 1;
    private BigInteger decimalList;
    private int decimalNext;
    private BigInteger letterList;
    private int letterNext;

    /** A paragraph of the text: its lines (printed together), each with its markers. */
    private record Para(List<SourceLine> lines) {
    }

    static void write(List<SourceLine> lines, Path out) throws IOException {
        new UnDocxWriter().run(lines, out);
    }

    private void run(List<SourceLine> lines, Path out) throws IOException {
        doc.createFootnotes();
        List<Para> paras = new ArrayList<>();
        List<SourceLine> cur = new ArrayList<>();
        boolean afterRule = false;
        String noteLabel = null;
        boolean glue = false;
        for (SourceLine l : UnPdfWriter.withoutFrontMatter(lines)) {
            if (l.role() == SourceLine.Role.BLANK || l.role() == SourceLine.Role.RULE) {
                afterRule |= l.role() == SourceLine.Role.RULE;
                if (!cur.isEmpty()) {
                    paras.add(new Para(cur));
                    cur = new ArrayList<>();
                }
                glue = false;
                continue;
            }
            if (l.role() != SourceLine.Role.TEXT) {
                continue;
            }
            boolean numberOnly = l.text().matches("\\d{1,3}") && l.markers().isEmpty();
            if (afterRule && numberOnly) {
                noteLabel = l.text();
                continue;
            }
            if (noteLabel != null) {
                note(noteLabel, l.text());
                noteLabel = null;
                continue;
            }
            Matcher label = NOTE_LABEL.matcher(l.text());
            afterRule &= label.matches();
            if (afterRule) {
                note(label.group(1).replace('∗', '*'), label.group(2));
                continue;
            }
            if (!l.markers().isEmpty() && l.markers().get(0).at() == 0) {
                note(l.markers().get(0).label(), l.text().strip());
                continue;
            }
            if (numberOnly && !cur.isEmpty()) {
                // a marker the text put on a line of its own: it belongs after the line before, which goes on
                SourceLine last = cur.remove(cur.size() - 1);
                List<MarkerRun> ms = new ArrayList<>(last.markers());
                ms.add(new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, l.text(), last.text().length()));
                cur.add(new SourceLine(last.page(), last.indent(), last.text(), last.span(), ms, last.role(), last.headingLevel()));
                glue = true;
                continue;
            }
            if (glue && !cur.isEmpty()) {
                SourceLine last = cur.remove(cur.size() - 1);
                List<MarkerRun> ms = new ArrayList<>(last.markers());
                int n = last.text().length();
                l.markers().forEach(m -> ms.add(new MarkerRun(m.kind(), m.label(), m.at() + n)));
                cur.add(new SourceLine(last.page(), last.indent(), last.text() + l.text(), last.span(), ms, last.role(), last.headingLevel()));
                glue = false;
                continue;
            }
            if ((l.heading() || l.indent() > 0) && !cur.isEmpty()) {
                // an indented line opens a paragraph of its own (its first-line indent)
                paras.add(new Para(cur));
                cur = new ArrayList<>();
            }
            cur.add(l);
            if (l.heading()) {
                paras.add(new Para(cur));
                cur = new ArrayList<>();
            }
        }
        if (!cur.isEmpty()) {
            paras.add(new Para(cur));
        }
        placeBareMarkers(paras);
        for (Para p : paras) {
            paragraph(p);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            doc.write(o);
        }
        doc.close();
    }

    /**
     * A footnote whose marker the text printed as a bare number or star in the line ({@code 流动 1并制止},
     * {@code 项目 7∗}) gets a real reference there: in the author's Word file it was one.
     */
    private void placeBareMarkers(List<Para> paras) {
        Set<String> explicit = new HashSet<>();
        paras.forEach(p -> p.lines().forEach(l -> l.markers().forEach(m -> explicit.add(m.label()))));
        for (String label : notes.keySet()) {
            if (explicit.contains(label)) {
                continue;
            }
            Pattern bare = Pattern.compile(label.equals("*") ? "[*∗]"
                    : "(?<=[\\p{IsHan}》）)]\\s?)" + Pattern.quote(label) + "(?=[\\p{IsHan}，。；])"
                    // English: Rights, 1 the… / Women,5 / Development,10
                    + "|(?<=[,;:)\\p{Ll}]\\s?)" + Pattern.quote(label) + "(?=\\s+\\p{Ll}|\\s*$|[,;.]\\s)");
            found:
            for (Para p : paras) {
                for (int i = 0; i < p.lines().size(); i++) {
                    SourceLine l = p.lines().get(i);
                    Matcher m = bare.matcher(l.text());
                    if (m.find()) {
                        List<MarkerRun> ms = new ArrayList<>();
                        int cut = m.end() - m.start();
                        for (MarkerRun r : l.markers()) {
                            ms.add(r.at() <= m.start() ? r : new MarkerRun(r.kind(), r.label(), r.at() - cut));
                        }
                        ms.add(new MarkerRun(MarkerRun.Kind.SUPERSCRIPT, label, m.start()));
                        ms.sort(java.util.Comparator.comparingInt(MarkerRun::at));
                        String t = l.text().substring(0, m.start()) + l.text().substring(m.end());
                        p.lines().set(i, new SourceLine(l.page(), l.indent(), t, l.span(), ms, l.role(), l.headingLevel()));
                        break found;
                    }
                }
            }
        }
    }

    private void note(String label, String text) {
        XWPFFootnote fn = doc.createFootnote();
        XWPFParagraph p = fn.createParagraph();
        XWPFRun ref = p.createRun();
        ref.getCTR().addNewFootnoteRef();
        ref.setVerticalAlignment("superscript");
        XWPFRun t = p.createRun();
        t.setText(" " + text);
        notes.putIfAbsent(label, fn);
    }

    private void paragraph(Para para) {
        XWPFParagraph p = doc.createParagraph();
        SourceLine first = para.lines().get(0);
        if (first.heading()) {
            p.setStyle("Heading" + first.headingLevel());
        }
        if (first.indent() > 0) {
            p.setIndentationFirstLine(first.indent() * TWIPS_PER_SPACE);
        }
        for (int i = 0; i < para.lines().size(); i++) {
            SourceLine l = para.lines().get(i);
            String text = l.text();
            int skip = 0;
            if (i == 0 && !l.heading()) {
                skip = numbered(p, text);
            }
            if (i > 0) {
                p.createRun().addBreak();
            }
            int from = skip;
            boolean bold = i == 0;
            for (MarkerRun m : l.markers()) {
                if (m.at() < from) {
                    continue;
                }
                from = words(p, text.substring(from, m.at()), bold);
                from = m.at();
                bold = false;
                reference(p, m.label());
            }
            words(p, text.substring(from), bold);
        }
    }

    /** Writes text, the first Han run of a paragraph in bold, as Word authors set lead verbs. */
    private int words(XWPFParagraph p, String s, boolean bold) {
        if (s.isEmpty()) {
            return 0;
        }
        int i = 0;
        while (bold && i < s.length() && i < 4 && Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
            i++;
        }
        if (i > 0) {
            XWPFRun b = p.createRun();
            b.setBold(true);
            b.setText(s.substring(0, i));
        }
        if (i < s.length()) {
            p.createRun().setText(s.substring(i));
        }
        return 0;
    }

    private void reference(XWPFParagraph p, String label) {
        XWPFFootnote fn = notes.get(label);
        if (fn == null || !referenced.add(label)) {
            XWPFRun r = p.createRun();
            r.setVerticalAlignment("superscript");
            r.setText(label); // no footnote of that number: printed as a raised number, as the text has it
            return;
        }
        ordinal++;
        p.addFootnoteReference(fn);
        if (!label.equals(Integer.toString(ordinal))) {
            List<XWPFRun> runs = p.getRuns();
            CTFtnEdnRef ref = runs.get(runs.size() - 1).getCTR().getFootnoteReferenceArray(0);
            ref.setCustomMarkFollows(Boolean.TRUE);
            XWPFRun mark = p.createRun();
            mark.setVerticalAlignment("superscript");
            mark.setText(label);
        }
    }

    /** Puts a printed paragraph number or letter into Word's numbering; returns how much of the text it took. */
    private int numbered(XWPFParagraph p, String text) {
        Matcher n = NUMBERED.matcher(text);
        if (n.matches()) {
            int v = Integer.parseInt(n.group(1));
            if (decimalList == null || v != decimalNext) {
                decimalList = list(STNumberFormat.DECIMAL, "%1.", v);
            }
            decimalNext = v + 1;
            letterList = null;
            p.setNumID(decimalList);
            p.setNumILvl(BigInteger.ZERO);
            return n.start(3);
        }
        Matcher a = LETTERED.matcher(text);
        if (a.matches() && a.group(1).length() == 1) {
            int v = a.group(1).charAt(0) - 'a' + 1;
            if (letterList == null || v != letterNext) {
                letterList = list(STNumberFormat.LOWER_LETTER, "(%1)", v);
            }
            letterNext = v + 1;
            p.setNumID(letterList);
            p.setNumILvl(BigInteger.ZERO);
            return a.start(3);
        }
        return 0;
    }

    private BigInteger list(STNumberFormat.Enum fmt, String text, int start) {
        CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
        ct.setAbstractNumId(BigInteger.valueOf(nextAbstract++));
        CTLvl lvl = ct.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(fmt);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.valueOf(start));
        BigInteger id = numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
        return numbering.addNum(id);
    }
}
