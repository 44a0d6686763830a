package org.mandategraph.language.en;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Span;
import org.mandategraph.language.GazetteerCitationFinder;
import org.mandategraph.language.CitationToken;
import org.mandategraph.language.Digits;
import org.mandategraph.read.RomanNumerals;
import org.mandategraph.language.CitationToken.Attachment;
import org.mandategraph.language.CitationToken.BodyAnaphor;
import org.mandategraph.language.CitationToken.BodyName;
import org.mandategraph.language.CitationToken.InstrumentAnaphor;
import org.mandategraph.language.CitationToken.InstrumentName;
import org.mandategraph.language.CitationToken.ProvisionRef;
import org.mandategraph.language.CitationToken.ResolutionRef;
import org.mandategraph.language.CitationToken.SelfAnaphor;
import org.mandategraph.language.CitationToken.SymbolRef;
import org.mandategraph.language.CitationToken.TreatySeriesRef;
import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.ResolutionSeries;
import org.mandategraph.lexicon.Symbols;

/**
 * The find-and-parse stages of reading citations in UN English (eyecite's {@code find.py}): each tokenizer below
 * reads one kind of piece out of the text (names, short forms, resolution lists, symbols, Treaty Series volumes,
 * provision groups), then the pieces are put in the order the resolver needs them.
 *
 * <p>English puts the instrument after its provisions ("article 7, paragraph 1, of the Convention") where Chinese
 * puts it before; a provision group is therefore emitted right after the instrument it is "of", since the resolver
 * can resolve a provision only once it has read its instrument. Everything else comes in reading order. The issuer
 * of a resolution is named directly before the word ("General Assembly resolution 66/177") and comes out, as in
 * Chinese, as a {@link BodyName} before the {@link ResolutionRef}; a body that follows the number ("resolution 7/1
 * of the Human Rights Council") is the reference naming its own body, so it is set on the reference.
 */
public final class EnglishCitationFinder extends GazetteerCitationFinder {
    private static final String MONTH = EnglishDates.MONTH;
    private static final String DATE = "(?:,?\\s+of\\s+\\d{1,2}\\s+" + MONTH + "\\s+\\d{4})";

    // --- resolutions and decisions
    private static final Pattern RES_KEYWORD = Pattern.compile("\\b([Rr]esolutions?|[Dd]ecisions?)\\s+");
    /**
     * One number: {@code 2200 A (XXI)} and {@code 169 (II)} (sessions before 1976, keyed without letter and session),
     * {@code 1540 (2004)} (the Security Council), {@code 66/177}, {@code S-10/2}, with the letters of lettered
     * resolutions ({@code 35/142 B}, {@code 36/87 A and B}, {@code 53/77 AA}), which the key leaves out.
     */
    private static final Pattern RES_ITEM = Pattern.compile(
            "(\\d{1,4})(?:\\s+[A-Z]{1,2})?\\s*\\(([IVXL]+)\\)"
                    + "|(\\d{3,4})\\s*\\((\\d{4})\\)"
                    + "|((?:E?S-)?\\d{1,4}/\\d{1,4})(?![\\d/])((?:\\s+[A-Z]{1,2}(?:\\s*(?:,|and)\\s+[A-Z]{1,2})*)(?![\\p{L}\\p{N}/]))?");
    private static final Pattern RES_SEP = Pattern.compile(
            "(?:" + DATE + ")?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*,?\\s+as\\s+well\\s+as\\s+|\\s+or\\s+)");
    private static final Pattern RES_RANGE = Pattern.compile("\\s+to\\s+|\\s*[-–—]\\s*");
    private static final Pattern ISSUER_AFTER = Pattern.compile(DATE + "?\\s*,?\\s+(?:of|by)\\s+(?:the\\s+)?");

    // --- short forms
    /** The short titles an instrument is called by once named, and the mg:kind each denotes. */
    static final Map<String, String> SHORT_TITLE_KIND = Map.ofEntries(
            Map.entry("Convention", "convention"), Map.entry("Protocol", "protocol"), Map.entry("Treaty", "treaty"),
            Map.entry("Declaration", "declaration"), Map.entry("Programme of Action", "programme-of-action"),
            Map.entry("Plan of Action", "plan"), Map.entry("Strategy", "strategy"), Map.entry("Agreement", "agreement"),
            Map.entry("Statute", "statute"), Map.entry("Charter", "charter"),
            Map.entry("Final Document", "outcome-document"), Map.entry("Outcome Document", "outcome-document"),
            Map.entry("Principles", "principles"), Map.entry("Rules", "rules"), Map.entry("Guidelines", "guidelines"),
            Map.entry("Code", "code"), Map.entry("Agenda", "agenda"));
    private static final Pattern INSTRUMENT_ANAPHOR = Pattern.compile(
            "\\b[Tt]he\\s+(?:(said|above-mentioned|same|[A-Z][a-z]+)\\s+)??(Programme of Action|Plan of Action|"
                    + "Final Document|Outcome Document|Convention|Protocol|Treaty|Declaration|Strategy|Agreement|"
                    + "Statute|Charter|Principles|Rules|Guidelines|Code|Agenda)\\b(?!\\s+(?:on|of|against|for|between"
                    + "|concerning|relating\\s+to|to)\\s+(?:the\\s+)?[A-Z\\d])(?![\\-’'])");
    /** Qualifiers that do not make a short title a title of its own ("the said Convention"). */
    private static final Set<String> PLAIN = Set.of("said", "above-mentioned", "same");
    private static final Pattern BODY_ANAPHOR = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his|[Tt]hat)\\s+(Conference of the States Parties|Conference of the Parties|"
                    + "Meeting of States Parties|Commission|Council|Committee|Assembly|Board|Conference)\\b"
                    + "(?!\\s+(?:on|of|for|against|to)\\s+(?:the\\s+)?[A-Z])(?![\\-’'])");
    private static final Pattern SELF = Pattern.compile(
            "\\b[Ii]ts\\b(?=\\s+(?:\\p{L}+\\s+){0,2}?(?:resolutions?|decisions?)\\b)");

    // --- documents and the Treaty Series
    private static final Pattern AFTER_SYMBOL = Pattern.compile(
            "\\s*(?:and|,)\\s*(Corr|Add|Rev)\\.(\\d+(?:\\s*(?:and|,)\\s*\\d+)*)");
    private static final Pattern UNTS = Pattern.compile(
            "(?:Treaty\\s+Series|Ibid\\.)\\s*,\\s*vols?\\.\\s*(\\d+(?:\\s*(?:,|and|-|–)\\s*\\d+)*)\\s*,\\s*No\\.\\s*(\\d+)");

    // --- provisions
    private static final String NUMV = "(?:\\d+|[IVXLC]+(?![\\p{L}\\d]))";
    private static final String SUBS = "(?:\\s*\\(\\s*[a-z]{1,4}\\s*\\))*";
    private static final Pattern UNIT = Pattern.compile(
            "\\b(?:([Aa]rticles?)|([Pp]aragraphs?)|([Cc]hapters?|chap\\.))\\s*(?=" + NUMV + ")");
    private static final Pattern VALUE = Pattern.compile("(" + NUMV + ")(" + SUBS + ")");
    private static final Pattern VALUE_SEP = Pattern.compile(
            "\\s*,\\s*(?:and\\s+)?(?=" + NUMV + ")|\\s+(?:and|or)\\s+(?=" + NUMV + ")");
    private static final Pattern VALUE_RANGE = Pattern.compile("\\s+to\\s+(?=\\d)|\\s*[-–]\\s*(?=\\d)");
    private static final Pattern PARAS_OF_ARTICLE = Pattern.compile("\\s*,?\\s*paragraphs?\\s+(?=\\d)");
    private static final Pattern GROUP_SEP = Pattern.compile(
            "\\s*,?\\s*(?:(?:and|or)\\s+)?(?:(?:in\\s+particular|notably|including|especially)\\s+)?"
                    + "(?=(?:[Aa]rticles?|[Pp]aragraphs?|[Cc]hapters?)\\s+" + NUMV + ")");
    private static final Pattern LETTER = Pattern.compile("\\(\\s*([a-z]{1,4})\\s*\\)");
    /** Between a provision group and its instrument: "of the", also past an annex cited with it ("and annex II to the"). */
    private static final Pattern OF_GAP = Pattern.compile("^\\s*,?\\s*(?:(?:and|or)\\s+(?:annex(?:es)?|appendix)\\s+"
            + "[IVXLC\\d]+(?:\\s*(?:,|and)\\s*[IVXLC\\d]+)*\\s*,?\\s*)?(?:of|to|under|in)\\s+(?:the\\s+)?$");
    private static final Pattern THEREOF = Pattern.compile(
            "^\\s*,?\\s*(?:thereof|therein|thereto|of\\s+(?:that|this|the\\s+same)\\s+[A-Z]\\p{L}*)");

    /** "the Charter of the United Nations, including its Article 26": a provision of the instrument just named. */
    private static final Pattern ITS_BEFORE = Pattern.compile("\\bits\\s+(?:\\p{Ll}+\\s+)?$");

    public EnglishCitationFinder(Gazetteer gazetteer) {
        super(gazetteer);
    }

    @Override
    public List<CitationToken> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<CitationToken> out = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        symbols(text, out);
        for (CitationToken t : out) {
            covered.add(t.span()); // NPT in NPT/CONF.2010/50 is part of a symbol, not a name
        }
        names(text, out, covered);
        instrumentAnaphors(text, out, covered);
        bodyAnaphors(text, out, covered);
        selfAnaphors(text, out);
        resolutions(text, out);
        treatySeries(text, out);
        out.sort(Comparator.comparingInt((CitationToken t) -> t.span().start()).thenComparingInt(t -> -t.span().end()));
        provisions(text, out);
        return out;
    }

    private void names(String text, List<CitationToken> out, List<Span> covered) {
        List<Span> symbols = List.copyOf(covered);
        for (Gazetteer.Match m : gazetteer.find(text, Set.of(Gazetteer.Type.BODY, Gazetteer.Type.INSTRUMENT))) {
            if (overlaps(symbols, m.span().start(), m.span().end())) {
                continue;
            }
            covered.add(m.span());
            Gazetteer.Entry e = m.entry();
            if (e.type() == Gazetteer.Type.BODY) {
                if (kinds.adoptsResolutions(e.kind())) {
                    out.add(new BodyName(e, m.span()));
                }
            } else {
                out.add(new InstrumentName(e, m.span()));
            }
        }
    }

    private static void instrumentAnaphors(String text, List<CitationToken> out, List<Span> covered) {
        Matcher m = INSTRUMENT_ANAPHOR.matcher(text);
        while (m.find()) {
            if (overlaps(covered, m.start(), m.end())) {
                continue;
            }
            String qualifier = m.group(1);
            String noun = m.group(2);
            // "the Political Declaration": a qualified short title names the instrument of that kind so titled
            String title = qualifier == null || PLAIN.contains(qualifier) ? null
                    : (qualifier + " " + noun).toLowerCase(Locale.ROOT);
            out.add(new InstrumentAnaphor(SHORT_TITLE_KIND.get(noun), title, new Span(m.start(), m.end())));
            covered.add(new Span(m.start(), m.end()));
        }
    }

    private static void bodyAnaphors(String text, List<CitationToken> out, List<Span> covered) {
        Matcher m = BODY_ANAPHOR.matcher(text);
        while (m.find()) {
            if (overlaps(covered, m.start(1), m.end(1))) {
                continue;
            }
            out.add(new BodyAnaphor(m.group(1).toLowerCase(Locale.ROOT), new Span(m.start(1), m.end(1))));
            covered.add(new Span(m.start(1), m.end(1)));
        }
    }

    private static void selfAnaphors(String text, List<CitationToken> out) {
        Matcher m = SELF.matcher(text);
        while (m.find()) {
            out.add(new SelfAnaphor(new Span(m.start(), m.end())));
        }
    }

    /** {@code resolutions 53/72 of 4 December 1998, 54/43 … and 77/33}: one reference per number. */
    private void resolutions(String text, List<CitationToken> out) {
        Matcher k = RES_KEYWORD.matcher(text);
        int from = 0;
        while (from < text.length() && k.find(from)) {
            boolean decision = k.group(1).toLowerCase(Locale.ROOT).startsWith("decision");
            Matcher item = RES_ITEM.matcher(text);
            int pos = k.end();
            List<ResolutionRef> group = new ArrayList<>();
            String rangeFrom = null;
            while (item.region(pos, text.length()).lookingAt()) {
                String number = number(item);
                int start = group.isEmpty() ? k.start() : item.start();
                Span span = new Span(start, numberEnd(item));
                if (rangeFrom != null) {
                    for (String n : between(rangeFrom, number)) {
                        group.add(new ResolutionRef(n, decision, null, span));
                    }
                }
                group.add(new ResolutionRef(number, decision, null, span));
                pos = item.end();
                rangeFrom = null;
                Matcher range = RES_RANGE.matcher(text).region(pos, text.length());
                if (range.lookingAt() && item.region(range.end(), text.length()).lookingAt()) {
                    rangeFrom = number;
                    pos = range.end();
                    continue;
                }
                Matcher sep = RES_SEP.matcher(text).region(pos, text.length());
                if (sep.lookingAt() && item.region(sep.end(), text.length()).lookingAt()) {
                    pos = sep.end();
                    continue;
                }
                break;
            }
            from = Math.max(k.end(), pos);
            String body = issuerAfter(text, pos);
            for (ResolutionRef r : group) {
                out.add(body == null ? r : new ResolutionRef(r.number(), r.decision(), body, r.span()));
            }
        }
    }

    private static String number(Matcher item) {
        if (item.group(1) != null) {
            return item.group(1); // 2200 A (XXI) → 2200
        }
        if (item.group(3) != null) {
            return item.group(3) + " (" + item.group(4) + ")";
        }
        return item.group(5);
    }

    /** Where a number ends before any trailing letters are counted in: the letters belong to the printed reference. */
    private static int numberEnd(Matcher item) {
        return item.group(6) != null ? item.end(6) : item.end();
    }

    /** {@code 2012/12 to 2012/19}: the numbers strictly between the two ends, when both share a session. */
    private static List<String> between(String a, String b) {
        List<String> out = new ArrayList<>();
        int sa = a.lastIndexOf('/');
        int sb = b.lastIndexOf('/');
        if (sa > 0 && sb > 0 && a.substring(0, sa).equals(b.substring(0, sb))) {
            try {
                int x = Integer.parseInt(a.substring(sa + 1));
                int y = Integer.parseInt(b.substring(sb + 1));
                for (int i = x + 1; i < y && y - x <= 100; i++) {
                    out.add(a.substring(0, sa + 1) + i);
                }
            } catch (NumberFormatException e) {
                return out;
            }
        }
        return out;
    }

    /** "resolution 7/1 of the Human Rights Council": the body right after the numbers, if it adopts resolutions. */
    private String issuerAfter(String text, int pos) {
        Matcher m = ISSUER_AFTER.matcher(text).region(pos, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String rest = text.substring(m.end(), Math.min(text.length(), m.end() + 160));
        for (Gazetteer.Match g : gazetteer.find(rest, Set.of(Gazetteer.Type.BODY))) {
            if (g.span().start() == 0 && kinds.adoptsResolutions(g.entry().kind())) {
                return g.entry().code();
            }
            break;
        }
        return null;
    }

    private void symbols(String text, List<CitationToken> out) {
        if (!Symbols.mayOccur(text)) {
            return;
        }
        Matcher m = Symbols.SYMBOL.matcher(text);
        List<int[]> at = new ArrayList<>();
        while (m.find()) {
            at.add(new int[] {m.start(1), m.end(1)});
        }
        for (int i = 0; i < at.size(); i++) {
            int s = at.get(i)[0];
            int e = at.get(i)[1];
            // a joint symbol (A/51/113-S/1996/276) names one document issued in two series
            while (i + 1 < at.size() && at.get(i + 1)[0] == e + 1 && text.charAt(e) == '-') {
                e = at.get(++i)[1];
            }
            String sym = Symbols.normalize(text.substring(s, e));
            Span span = new Span(s, e);
            String body = sym.contains("-") ? null : ResolutionSeries.bodyOf(sym);
            if (body != null) {
                out.add(new ResolutionRef(sym.substring(ResolutionSeries.prefix(body).length()), false, body, span));
            } else {
                out.add(new SymbolRef(sym, span));
                corrigenda(AFTER_SYMBOL, text, e, sym, out);
            }
        }
    }

    private static void treatySeries(String text, List<CitationToken> out) {
        Matcher m = UNTS.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            for (String v : m.group(1).split("\\s*(?:,|and|-|–)\\s*")) {
                if (!v.isBlank()) {
                    out.add(new TreatySeriesRef(v.strip(), m.group(2), span));
                }
            }
        }
    }

    /** Provision groups, each placed after the instrument it is "of" (tokens must be sorted). */
    private void provisions(String text, List<CitationToken> tokens) {
        Matcher u = UNIT.matcher(text);
        int from = 0;
        List<ProvisionRef> found = new ArrayList<>();
        while (from < text.length() && u.find(from)) {
            List<List<String>> paths = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int pos = u.start();
            int end = pos;
            while (true) {
                Matcher unit = UNIT.matcher(text).region(pos, text.length());
                if (!unit.lookingAt()) {
                    break;
                }
                int e = unitPhrase(text, unit, paths, labels);
                if (e < 0) {
                    break;
                }
                end = e;
                Matcher sep = GROUP_SEP.matcher(text).region(end, text.length());
                if (!sep.lookingAt()) {
                    break;
                }
                pos = sep.end();
            }
            from = Math.max(u.end(), end);
            if (paths.isEmpty()) {
                continue;
            }
            found.add(attach(text, tokens, paths, labels, new Span(u.start(), end)));
        }
        for (ProvisionRef r : found) {
            int at = r.attachment() == Attachment.DIRECT ? indexOf(tokens, r.anchor()) + 1 : insertionPoint(tokens, r.span());
            while (r.attachment() == Attachment.DIRECT && at < tokens.size()
                    && tokens.get(at) instanceof ProvisionRef p && p.anchor() == r.anchor()) {
                at++; // groups of one instrument keep their reading order
            }
            tokens.add(at, r);
        }
    }

    /** One unit and its values ({@code article 7, paragraph 1}, {@code paragraphs 60 to 63}); the end, or -1. */
    private static int unitPhrase(String text, Matcher unit, List<List<String>> paths, List<String> labels) {
        String kind = unit.group(1) != null ? "art" : unit.group(2) != null ? "para" : "chap";
        List<String[]> values = new ArrayList<>();
        int end = values(text, unit.end(), values);
        if (values.isEmpty()) {
            return -1;
        }
        List<String[]> paras = new ArrayList<>();
        if (kind.equals("art")) {
            Matcher p = PARAS_OF_ARTICLE.matcher(text).region(end, text.length());
            if (p.lookingAt()) {
                int e = values(text, p.end(), paras);
                if (!paras.isEmpty()) {
                    end = e;
                }
            }
        }
        for (int i = 0; i < values.size(); i++) {
            String[] v = values.get(i);
            boolean last = i == values.size() - 1;
            if (kind.equals("chap")) {
                int n = v[0].matches("\\d+") ? Digits.value(v[0]) : EnglishNumerals.parseRoman(v[0]);
                if (n > 0) {
                    paths.add(List.of("chap", RomanNumerals.toRoman(n)));
                    labels.add("chapter " + RomanNumerals.toRoman(n));
                }
                continue;
            }
            String word = kind.equals("art") ? "article " : "paragraph ";
            if (last && !paras.isEmpty()) {
                for (String[] p : paras) {
                    for (String sub : subs(paras.size() == 1 ? p[1] : "")) {
                        List<String> path = new ArrayList<>(List.of("art", v[0], "para", p[0]));
                        String label = word + v[0] + ", paragraph " + p[0];
                        if (sub != null) {
                            path.addAll(List.of("subpara", sub));
                            label += " (" + sub + ")";
                        }
                        paths.add(path);
                        labels.add(label);
                    }
                }
                continue;
            }
            for (String sub : subs(v[1])) {
                List<String> path = new ArrayList<>(List.of(kind, v[0]));
                String label = word + v[0];
                if (sub != null) {
                    path.addAll(List.of("subpara", sub));
                    label += " (" + sub + ")";
                }
                paths.add(path);
                labels.add(label);
            }
        }
        return end;
    }

    /** A list of values ({@code 6, 7 and 17}, {@code 60 to 63}, {@code 9 (b)}) from {@code pos}; its end. */
    private static int values(String text, int pos, List<String[]> out) {
        Matcher v = VALUE.matcher(text);
        int end = pos;
        String rangeFrom = null;
        while (v.region(pos, text.length()).lookingAt()) {
            String value = v.group(1);
            if (rangeFrom != null && value.matches("\\d+") && rangeFrom.matches("\\d+")) {
                int a = Digits.value(rangeFrom);
                int b = Digits.value(value);
                for (int x = a + 1; a >= 0 && x < b && b - a <= 100; x++) {
                    out.add(new String[] {String.valueOf(x), ""});
                }
            }
            out.add(new String[] {value, v.group(2)});
            end = v.end();
            rangeFrom = null;
            Matcher r = VALUE_RANGE.matcher(text).region(end, text.length());
            if (r.lookingAt()) {
                rangeFrom = value;
                pos = r.end();
                continue;
            }
            Matcher s = VALUE_SEP.matcher(text).region(end, text.length());
            if (s.lookingAt()) {
                pos = s.end();
                continue;
            }
            break;
        }
        return end;
    }

    private static List<String> subs(String printed) {
        List<String> out = new ArrayList<>();
        Matcher m = LETTER.matcher(printed);
        while (m.find()) {
            out.add(m.group(1));
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    private static ProvisionRef attach(String text, List<CitationToken> tokens, List<List<String>> paths,
                                       List<String> labels, Span span) {
        for (CitationToken t : tokens) {
            if (t.span().start() < span.end()) {
                continue;
            }
            if ((t instanceof InstrumentName || t instanceof InstrumentAnaphor)
                    && OF_GAP.matcher(text.substring(span.end(), t.span().start())).matches()) {
                return new ProvisionRef(paths, labels, Attachment.DIRECT, t, span);
            }
            break;
        }
        if (THEREOF.matcher(text.substring(span.end())).lookingAt()
                || ITS_BEFORE.matcher(text.substring(Math.max(0, span.start() - 24), span.start())).find()) {
            return new ProvisionRef(paths, labels, Attachment.ANAPHOR, null, span);
        }
        return new ProvisionRef(paths, labels, Attachment.BARE, null, span);
    }

    private static int indexOf(List<CitationToken> tokens, CitationToken t) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == t) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    private static int insertionPoint(List<CitationToken> tokens, Span s) {
        int i = 0;
        while (i < tokens.size() && tokens.get(i).span().start() <= s.start()) {
            i++;
        }
        return i;
    }
}
