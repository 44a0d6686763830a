package org.mandategraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mandategraph.document.Layout;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;
import org.mandategraph.document.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/**
 * Reads Word files ({@code .docx}) with Apache POI: one line per paragraph, as the author wrote it, with the
 * numbers Word's automatic numbering prints put back ({@link DocxNumbering}), footnote references as markers
 * numbered as Word prints them, and the footnotes' own text after the body below a rule, as a page's footnote
 * area is read. Character formatting (bold, italics) is not text, so it is ignored.
 */
public class DocxReader implements DocumentReader {
    @Override
    public DocumentFormat format() {
        return DocumentFormat.DOCX;
    }

    @Override
    public org.mandategraph.document.SourceText read(Path file, Decoding decoding) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            Builder b = new Builder(doc);
            for (IBodyElement e : doc.getBodyElements()) {
                b.element(e);
            }
            b.footnotes();
            if (b.lines.stream().noneMatch(l -> l.role() == SourceLine.Role.TEXT)) {
                throw new UnreadableInputException(name + ": Word document with no text");
            }
            return new org.mandategraph.document.SourceText(name, b.text.toString(), StandardCharsets.UTF_8,
                    format().name(), new Layout(b.lines));
        } catch (UnreadableInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInputException(name + ": not a readable Word (.docx) document ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    /** Prefix of a mark's label that Word raised by formatting rather than as a footnote reference. */
    private static final String RAISED = "^";
    private static final java.util.regex.Pattern SUPERSCRIPT_LABEL = java.util.regex.Pattern.compile("[0-9*]{1,3}");

    private static boolean raised(XWPFRun r) {
        return r.getCTR().getRPr() != null && r.getVerticalAlignment() != null
                && "superscript".equals(r.getVerticalAlignment().toString());
    }

    private static final class Builder {
        final XWPFDocument doc;
        final XWPFNumbering numbering;
        final DocxNumbering counters = new DocxNumbering();
        final StringBuilder text = new StringBuilder();
        final List<SourceLine> lines = new ArrayList<>();
        /** Footnote ids in order of first reference, with the label printed for each. */
        final Map<BigInteger, String> notes = new LinkedHashMap<>();

        Builder(XWPFDocument doc) {
            this.doc = doc;
            this.numbering = doc.getNumbering();
        }

        void element(IBodyElement e) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        c.getBodyElements().forEach(this::element);
                    }
                }
            }
        }

        void paragraph(XWPFParagraph p) {
            StringBuilder sb = new StringBuilder(label(p));
            List<Map.Entry<Integer, String>> marks = new ArrayList<>();
            List<IRunElement> runs = p.getIRuns();
            for (int i = 0; i < runs.size(); i++) {
                if (!(runs.get(i) instanceof XWPFRun r)) {
                    if (runs.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun h) {
                        sb.append(h.text());
                    }
                    continue;
                }
                List<CTFtnEdnRef> refs = r.getCTR().getFootnoteReferenceList();
                if (!refs.isEmpty()) {
                    for (CTFtnEdnRef ref : refs) {
                        String label;
                        if (ref.isSetCustomMarkFollows() && i + 1 < runs.size() && runs.get(i + 1) instanceof XWPFRun mark) {
                            label = mark.text().strip();
                            i++;
                        } else {
                            label = Integer.toString(notes.size() + 1);
                        }
                        notes.putIfAbsent(ref.getId(), label);
                        marks.add(Map.entry(sb.length(), notes.get(ref.getId())));
                    }
                    continue;
                }
                if (!r.getCTR().getFootnoteRefList().isEmpty()) {
                    continue; // the footnote's own number, printed by Word at the start of its text
                }
                String t = TextCleaner.withoutSentinels(r.text());
                if (raised(r) && SUPERSCRIPT_LABEL.matcher(t.strip()).matches()) {
                    // a raised number that is no footnote part (a second reference to a footnote, typed by hand)
                    marks.add(Map.entry(sb.length(), RAISED + t.strip()));
                    continue;
                }
                sb.append(t);
            }
            add(sb.toString(), marks, headingLevel(p), indent(p));
        }

        /** Adds one line: its words cleaned as the text reader cleans a line, markers kept at their offsets. */
        void add(String raw, List<Map.Entry<Integer, String>> marks, int heading, int[] indent) {
            StringBuilder withMarks = new StringBuilder(raw);
            for (int k = marks.size() - 1; k >= 0; k--) {
                String label = marks.get(k).getValue();
                withMarks.insert(marks.get(k).getKey(), label.startsWith(RAISED)
                        ? TextCleaner.marker(label.substring(RAISED.length())) : TextCleaner.reference(label));
            }
            if (!lines.isEmpty()) {
                blank(); // paragraphs stand apart, as blank lines part them in text
            }
            // a line break inside a paragraph starts a new line of it, with no blank between
            boolean firstLine = true;
            for (String piece : withMarks.toString().replace('\t', ' ').split("[\n\r]", -1)) {
                String clean = TextCleaner.cleanLine(piece, TextCleaner.Markup.NONE);
                List<MarkerRun> markers = new ArrayList<>();
                String words = TextLayout.takeMarkers(clean, markers);
                int start = text.length();
                text.append(words);
                SourceLine.Role role = words.isEmpty() && markers.isEmpty() ? SourceLine.Role.BLANK : SourceLine.Role.TEXT;
                lines.add(new SourceLine(1, firstLine ? indent[0] : indent[1], words, new Span(start, text.length()), markers, role,
                        role == SourceLine.Role.TEXT ? heading : 0));
                text.append('\n');
                firstLine = false;
            }
        }

        /**
         * The paragraph's indents (first line, later lines) in the text reader's measure, leading spaces: half an em
         * of body type (105 twips) a space, so an indented first line reads as the text's indented line does.
         */
        static int[] indent(XWPFParagraph p) {
            int left = Math.max(0, p.getIndentationLeft());
            int first = p.getIndentationFirstLine() > 0 ? p.getIndentationFirstLine()
                    : p.getIndentationHanging() > 0 ? -p.getIndentationHanging() : 0;
            return new int[]{spaces(left + first), spaces(left)};
        }

        private static int spaces(int twips) {
            return twips <= 0 ? 0 : Math.max(1, Math.round(twips / 105f));
        }

        void blank() {
            lines.add(new SourceLine(1, 0, "", new Span(text.length(), text.length()), List.of(), SourceLine.Role.BLANK, 0));
            text.append('\n');
        }

        /** The footnotes referenced in the body, in order, below a rule after the body, as a footnote area. */
        void footnotes() {
            if (notes.isEmpty()) {
                return;
            }
            blank();
            lines.add(new SourceLine(1, 0, "", new Span(text.length(), text.length()), List.of(), SourceLine.Role.RULE, 0));
            text.append('\n');
            for (Map.Entry<BigInteger, String> n : notes.entrySet()) {
                XWPFFootnote f = doc.getFootnoteByID(n.getKey().intValue());
                if (f == null) {
                    continue;
                }
                StringBuilder sb = new StringBuilder();
                for (XWPFParagraph p : f.getParagraphs()) {
                    StringBuilder para = new StringBuilder();
                    for (XWPFRun r : p.getRuns()) {
                        if (r.getCTR().getFootnoteRefList().isEmpty() && r.getCTR().getFootnoteReferenceList().isEmpty()) {
                            para.append(TextCleaner.withoutSentinels(r.text()));
                        }
                    }
                    sb.replace(0, sb.length(), TextCleaner.join(sb.toString(), para.toString().strip()));
                }
                String raw = TextCleaner.marker(n.getValue()) + sb.toString().strip();
                String clean = TextCleaner.cleanLine(raw, TextCleaner.Markup.NONE);
                List<MarkerRun> markers = new ArrayList<>();
                String words = TextLayout.takeMarkers(clean, markers);
                int start = text.length();
                text.append(words);
                lines.add(new SourceLine(1, 0, words, new Span(start, text.length()), markers, SourceLine.Role.TEXT, 0));
                text.append('\n');
            }
        }

        /** The number Word prints before the paragraph, with its suffix, or empty. */
        String label(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null || numbering == null) {
                return "";
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return "";
            }
            XWPFAbstractNum an = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (an == null) {
                return "";
            }
            List<DocxNumbering.Level> levels = new ArrayList<>();
            for (CTLvl l : an.getCTAbstractNum().getLvlList()) {
                int start = l.getStart() == null ? 1 : l.getStart().getVal().intValue();
                for (CTNumLvl o : num.getCTNum().getLvlOverrideList()) {
                    if (o.getIlvl() != null && l.getIlvl() != null && o.getIlvl().equals(l.getIlvl()) && o.getStartOverride() != null) {
                        start = o.getStartOverride().getVal().intValue();
                    }
                }
                levels.add(new DocxNumbering.Level(l.getNumFmt() == null ? "decimal" : l.getNumFmt().getVal().toString(),
                        l.getLvlText() == null ? null : l.getLvlText().getVal(), start,
                        suffix(l)));
            }
            int ilvl = p.getNumIlvl() == null ? 0 : p.getNumIlvl().intValue();
            return counters.next(numId.toString(), ilvl, levels);
        }

        /** The level's {@code w:suff} (tab, space, nothing), read from the XML: POI's lite schema has no class for it. */
        static String suffix(CTLvl l) {
            org.w3c.dom.NodeList kids = l.getDomNode().getChildNodes();
            for (int i = 0; i < kids.getLength(); i++) {
                org.w3c.dom.Node k = kids.item(i);
                if ("suff".equals(k.getLocalName()) && k instanceof org.w3c.dom.Element e) {
                    String v = e.getAttributeNS(k.getNamespaceURI(), "val");
                    return v.isEmpty() ? "tab" : v;
                }
            }
            return "tab";
        }

        static int headingLevel(XWPFParagraph p) {
            String s = p.getStyleID();
            if (s == null) {
                return 0;
            }
            String l = s.toLowerCase(java.util.Locale.ROOT).replace(" ", "");
            if (l.equals("title")) {
                return 1;
            }
            if (l.startsWith("heading") && l.length() == 8 && Character.isDigit(l.charAt(7))) {
                int n = l.charAt(7) - '0';
                return n >= 1 && n <= 6 ? n : 0;
            }
            return 0;
        }
    }
}
