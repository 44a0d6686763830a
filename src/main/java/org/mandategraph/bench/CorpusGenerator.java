package org.mandategraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mandategraph.annotate.AnnotatedDocument;
import org.mandategraph.ingest.Extractor;
import org.mandategraph.document.Footnote;
import org.mandategraph.document.Header;
import org.mandategraph.document.Paragraph;
import org.mandategraph.document.ParagraphKind;
import org.mandategraph.document.SubParagraph;
import org.mandategraph.document.UnDocument;
import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Language;
import org.mandategraph.language.Languages;
import org.mandategraph.language.Reprint;

/**
 * Deterministic benchmark corpus: new documents recombined from the seed documents' own parts.
 *
 * <p>Each seed is cut, once, at the source spans of its paragraphs into a header block (everything before the first
 * paragraph), one unit per paragraph (the paragraph as printed plus whatever follows it up to the next paragraph:
 * footnotes, page furniture, section headings) and a tail (adoption lines after the last paragraph). A generated
 * document takes one seed as its template and keeps its header block and tail with a fresh symbol, session, dates
 * and agenda item; it keeps, in place, every unit that carries a footnote marker or a footnote text (so footnotes
 * still run in sequence) and the first and last unit; every other paragraph slot is filled with zero, one or two
 * paragraphs of the same kind drawn from the template's pool of such units, and operative and report paragraphs are
 * renumbered 1…n. The seeds' noise (bold runs, markdown, page furniture, wrapped lines) travels with the text.
 *
 * <p>Same seed documents, same {@code seed}, same {@code n} → byte-identical files. The cut points come from the
 * extractor's source spans over the seeds, which the golden tests pin.
 */
public final class CorpusGenerator {
    /** A document the generator wrote and the paragraphs it put in, per kind. */
    public record Generated(Path file, String template, String identifier, Map<ParagraphKind, Integer> paragraphs) {
    }

    private record Unit(ParagraphKind kind, String number, String text, boolean movable) {
    }

    private record Template(String name, Header header, String head, List<Unit> units, String tail) {
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\s*(?:#+\\s*)?(?:\\*\\*)?)(\\d+)(?=\\s*(?:\\*\\*)?\\s*\\p{Po})");
    private static final Pattern SERIES_SYMBOL = Pattern.compile("(A|E|E/CN\\.\\d+|CTOC/COP)/(\\d{2,4})/(\\d+)");

    private final List<Template> templates;

    private CorpusGenerator(List<Template> templates) {
        this.templates = templates;
    }

    /** Reads and cuts the seed documents ({@code .txt}/{@code .md} files of {@code seedDir}, in name order). */
    public static CorpusGenerator fromSeeds(Path seedDir, Extractor extractor) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(seedDir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no seed documents (.txt, .md) in " + seedDir);
        }
        List<Template> ts = new ArrayList<>();
        for (Path f : files) {
            AnnotatedDocument ad = extractor.extract(f);
            ts.add(cut(f.getFileName().toString(), ad.document()));
        }
        return new CorpusGenerator(List.copyOf(ts));
    }

    private static Template cut(String name, UnDocument d) {
        String text = d.source().text();
        List<Paragraph> ps = d.paragraphs();
        int first = ps.get(0).sourceSpan().start();
        Paragraph lastP = ps.get(ps.size() - 1);
        int tailStart = Math.max(lastP.sourceSpan().end(),
                lastP.subParagraphs().stream().mapToInt(s -> s.sourceSpan().end()).max().orElse(0));
        tailStart = Math.max(tailStart, d.footnotes().stream().mapToInt(f -> f.sourceSpan().end()).max().orElse(0));
        tailStart = Math.min(tailStart, text.length());
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            Paragraph p = ps.get(i);
            int start = p.sourceSpan().start();
            int end = i + 1 < ps.size() ? ps.get(i + 1).sourceSpan().start() : tailStart;
            boolean marked = !p.footnoteMarkers().isEmpty()
                    || p.subParagraphs().stream().map(SubParagraph::footnoteMarkers).anyMatch(m -> !m.isEmpty());
            boolean holdsFootnote = false;
            for (Footnote fn : d.footnotes()) {
                if (fn.sourceSpan().start() < end && fn.sourceSpan().end() > start) {
                    holdsFootnote = true;
                }
            }
            boolean firstOfKind = i == 0 || ps.get(i - 1).kind() != p.kind();
            boolean lastOfKind = i + 1 == ps.size() || ps.get(i + 1).kind() != p.kind();
            boolean movable = !marked && !holdsFootnote && !firstOfKind && !lastOfKind;
            units.add(new Unit(p.kind(), p.number(), text.substring(start, end), movable));
        }
        return new Template(name, d.header(), text.substring(0, first), List.copyOf(units), text.substring(tailStart));
    }

    public int templateCount() {
        return templates.size();
    }

    /** Writes documents {@code 0…n-1} into {@code out} (created if needed) and says what each holds. */
    public List<Generated> generate(int n, long seed, Path out) throws IOException {
        Files.createDirectories(out);
        List<Generated> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(generateOne(i, seed, out));
        }
        return result;
    }

    private Generated generateOne(int i, long seed, Path out) throws IOException {
        SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        Template t = templates.get(i % templates.size());
        Fresh fresh = Fresh.of(t.header(), i, rng);
        StringBuilder body = new StringBuilder();
        Map<ParagraphKind, Integer> counts = new EnumMap<>(ParagraphKind.class);
        for (Unit u : t.units()) {
            if (!u.movable()) {
                append(body, u, counts);
                continue;
            }
            double r = rng.nextDouble();
            int copies = r < 0.15 ? 0 : r < 0.85 ? 1 : 2;
            List<Unit> pool = t.units().stream().filter(x -> x.movable() && x.kind() == u.kind()).toList();
            for (int c = 0; c < copies; c++) {
                append(body, pool.get(rng.nextInt(pool.size())), counts);
            }
        }
        String text = fresh.apply(t.head()) + body + fresh.apply(t.tail());
        String stem = t.name().replaceFirst("\\.(txt|md)$", "");
        String ext = t.name().endsWith(".md") ? ".md" : ".txt";
        String tag = stem.replaceFirst("^\\d+_", "");
        Path file = out.resolve(String.format(Locale.ROOT, "%06d_%s%s", i, tag.substring(0, Math.min(8, tag.length())), ext));
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new Generated(file, t.name(), fresh.identifier(), counts);
    }

    private static void append(StringBuilder body, Unit u, Map<ParagraphKind, Integer> counts) {
        int n = counts.merge(u.kind(), 1, Integer::sum);
        String s = u.text();
        if (u.kind() != ParagraphKind.PREAMBULAR) {
            Matcher m = LEADING_NUMBER.matcher(s);
            if (m.find()) {
                s = m.group(1) + n + s.substring(m.end(2));
            }
        }
        body.append(s);
    }

    /** SHA-256 over the names and bytes of the files, in name order: one line to tell two corpora apart. */
    public static String fingerprint(List<Path> files) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Path f : files.stream().sorted().toList()) {
                md.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                md.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fresh identity of one generated document: number, session, year, dates; applied to header and tail. */
    private record Fresh(String oldNumber, String newNumber, int newSession, int year, int month, int day, int agenda) {
        static Fresh of(Header h, int k, SplittableRandom rng) {
            // k is the document's index: every (series, number) pair below is unique within one corpus
            String oldNumber = h.number();
            String newNumber = null;
            int session;
            int year;
            boolean yearSeries = oldNumber != null && oldNumber.matches("\\d{4}/\\d+");
            if (yearSeries) {
                year = 1990 + k % 35;
                session = year - 1945;
                newNumber = year + "/" + (1 + k / 35);
            } else if (h.organCode() != null && h.organCode().equals("GA")) {
                session = 45 + k % 35;
                year = 1945 + session;
                newNumber = oldNumber == null ? null : session + "/" + (1 + k / 35);
            } else {
                session = 1 + k % 30;
                year = 1991 + session;
                newNumber = oldNumber == null ? null : session + "/" + (1 + k / 30);
            }
            return new Fresh(oldNumber, newNumber, session, year, 1 + rng.nextInt(12), 1 + rng.nextInt(20), 1 + rng.nextInt(180));
        }

        String identifier() {
            return newNumber != null ? newNumber : "session " + newSession;
        }

        String apply(String s) {
            if (oldNumber != null && newNumber != null) {
                s = s.replace(oldNumber, newNumber);
            }
            s = DocumentGrammar.replaceAll(SERIES_SYMBOL, s, m -> {
                String mid = m.group(2);
                String fresh = mid.length() == 4 ? String.valueOf(year) : String.valueOf(newSession);
                return m.group(1) + "/" + fresh + "/" + m.group(3);
            });
            Reprint r = new Reprint(newSession, agenda, year, month, day);
            for (Language l : Languages.all()) {
                s = l.documentGrammar().reprint(s, r);
            }
            return s;
        }
    }
}
