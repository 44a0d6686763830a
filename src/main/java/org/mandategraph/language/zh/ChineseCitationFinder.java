package org.mandategraph.language.zh;

import org.mandategraph.lexicon.Gazetteer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.document.Span;
import org.mandategraph.language.GazetteerCitationFinder;
import org.mandategraph.language.CitationToken;
import org.mandategraph.language.Digits;
import org.mandategraph.read.RomanNumerals;
import org.mandategraph.language.CitationToken.*;
import org.mandategraph.lexicon.ResolutionSeries;
import org.mandategraph.lexicon.Symbols;

/**
 * The find-and-parse stages of citation reading (eyecite's {@code find.py}): one text in, its citation tokens out,
 * each parsed into what it says but not yet resolved. Short forms ({@code 《公约》}, {@code 委员会}, {@code 其})
 * come out as anaphor tokens for the resolver to settle against the document's context.
 */
public final class ChineseCitationFinder extends GazetteerCitationFinder {


    private static final int LIST_TURNS = 200;
    private static final String SEP = "\\s*(?:、|，|,|和|及|以及|与|或)\\s*";
    private static final String RANGE = "\\s*(?:至|到|-|－|—|–)\\s*";
    /**
     * A list of numbers. Its loops, like every loop below that a long run of list-like text can repeat thousands of
     * times, are possessive: a greedy loop over a group costs a stack frame per turn in Java's regex engine (a run of
     * {@code 第1、} overflowed the stack), and giving a turn back never lets what follows a list match (a list ends in
     * a digit, what follows it is a unit word). A loop that must be able to give a turn back matches a turn only when
     * what follows can end the list. A list has at most {@value #LIST_TURNS} more items, so that text which is one
     * endless list not followed by its unit costs linear time, not a scan to its end from every {@code 第} in it.
     */
    private static final String NUM_LIST = "\\d++(?:(?:" + SEP + "|" + RANGE + ")(?:第\\s*)?\\d++){0," + LIST_TURNS + "}+";
    /** An article, its paragraphs ({@code 第 1 款和第 2 款} as well as {@code 第 1 和 2 款}) and lettered sub-paragraph. */
    private static final String ART = "第\\s*(" + NUM_LIST + ")\\s*条(?:\\s*第\\s*(" + NUM_LIST
            + "(?:\\s*款(?:" + SEP + "|" + RANGE + ")第\\s*" + NUM_LIST + "(?=\\s*款))*+)\\s*款)?"
            + "(?:\\s*((?:[(（]\\s*[a-z]{1,2}\\s*[)）]\\s*(?:项)?" + SEP + "){0,52}[(（]\\s*[a-z]{1,2}\\s*[)）])\\s*项)?";
    private static final Pattern AFTER_SYMBOL = Pattern.compile(
            "\\s*(?:和|及|、|,|，)\\s*(Corr|Add|Rev)\\.(\\d++(?:\\s*(?:和|及|、|,)\\s*\\d++)*+)");
    private static final Pattern SUB_LETTER = Pattern.compile("[(（]\\s*([a-z]{1,2})\\s*[)）]");
    private static final Pattern ART_ONE = Pattern.compile(ART);
    private static final Pattern ART_GROUP = Pattern.compile(ART + "(?:(?:" + SEP + "|" + RANGE + ")" + ART + ")*+");
    private static final Pattern RANGE_ONLY = Pattern.compile("^" + RANGE + "$");
    private static final String CHAP_NUM = "(?:[一二三四五六七八九十]+|\\d+|[IVXLC]+)";
    /** {@code 第五章}, and lists {@code 第三和第四章}, {@code 第三、四章}. */
    private static final Pattern CHAPTER = Pattern.compile(
            "第\\s*(" + CHAP_NUM + "(?:(?:\\s*章(?:\\s*[（(][^）)]{1,20}[）)])?)?" + SEP + "(?:第\\s*)?" + CHAP_NUM + "){0,60})\\s*章");
    private static final Pattern CHAP_ITEM = Pattern.compile(CHAP_NUM);
    private static final Pattern DECL_PARA = Pattern.compile(
            "第\\s*(" + NUM_LIST + "(?:\\s*段(?:" + SEP + "|" + RANGE + ")第\\s*" + NUM_LIST + "(?=\\s*段))*+)\\s*段");
    private static final Pattern NUM_IN_LIST = Pattern.compile("(\\d+)(?:" + RANGE + "(?:第\\s*)?(\\d+))?");

    /** {@code 65/232}, {@code 2012/17}, {@code 1373 (2001)}, and special sessions' {@code S-20/2}. */
    private static final String NUMR = "(?:(?:S-)?\\d{1,4}\\s*/\\s*\\d{1,4}|\\d{3,4}\\s*[(（]\\s*\\d{4}\\s*[)）])";
    private static final Pattern RES_GROUP = Pattern.compile(
            "第\\s*(" + NUMR + "(?:(?:" + SEP + "|" + RANGE + ")(?:第\\s*)?" + NUMR + "){0," + LIST_TURNS + "}+)\\s*号");
    private static final Pattern RES_ITEM = Pattern.compile("(" + NUMR + ")(?:" + RANGE + "(?:第\\s*)?(" + NUMR + "))?");
    private static final Pattern KIND_AFTER = Pattern.compile("^\\s*(决议|决定)(?!草案)");
    private static final Pattern CHAIN = Pattern.compile(
            "^\\s*(?:、|，|,|和|及|以及)\\s*(?:\\d{4}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?\\s*)?$");
    private static final Pattern UNTS = Pattern.compile(
            "第\\s*(\\d++(?:" + SEP + "\\d++){0," + LIST_TURNS + "}+)\\s*卷\\s*[，,、]?\\s*第\\s*(\\d+)\\s*号");
    private static final Pattern INSTRUMENT_ANAPHOR = Pattern.compile(
            "《(\\p{IsHan}{0,4}?)(公约|议定书|宣言|行动计划|规则|战略)》|[该本](公约|议定书|宣言|行动计划)"
                    + "|(?<![\\p{IsHan}》])(公约)(?=\\s*第\\s*\\d)");
    /** The kind of instrument a short title names. */
    static final java.util.Map<String, String> SHORT_TITLE_KIND = java.util.Map.of(
            "公约", "convention", "议定书", "protocol", "宣言", "declaration", "行动计划", "plan",
            "规则", "rules", "战略", "strategy");
    private static final Pattern SELF = Pattern.compile("其(?!中|他|它|余|次|实)");
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("第\\s*[〇零一二三四五六七八九十百\\d]+\\s*届\\s*$");

    /** The first characters of {@link Chinese#BODY_HEADS}: where a generic head can start. */
    private static final String HEAD_FIRST = Chinese.BODY_HEADS.stream().map(h -> h.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    public ChineseCitationFinder(Gazetteer gazetteer) {
        super(gazetteer);
    }

    /** All tokens of one text, in reading order. */
    @Override
    public List<CitationToken> tokens(String text) {
        List<CitationToken> out = new ArrayList<>();
        List<Span> covered = new ArrayList<>();
        names(text, out, covered);
        Matcher am = INSTRUMENT_ANAPHOR.matcher(text);
        while (am.find()) {
            if (!inside(covered, am.start()) && !inside(covered, Math.min(am.end() - 1, am.start() + 1))) {
                String noun = am.group(2) != null ? am.group(2) : am.group(3) != null ? am.group(3) : am.group(4);
                // 《政治宣言》: a short title with a qualifier names the instrument of that kind whose title ends so
                String title = am.group(1) == null || am.group(1).isEmpty() ? null : am.group(1) + noun;
                out.add(new InstrumentAnaphor(SHORT_TITLE_KIND.get(noun), title, new Span(am.start(), am.end())));
            }
        }
        for (int i = 0; i < text.length(); i++) {
            if (HEAD_FIRST.indexOf(text.charAt(i)) < 0 || inside(covered, i)) {
                continue;
            }
            for (String head : Chinese.BODY_HEADS) {
                if (text.startsWith(head, i)) {
                    out.add(new BodyAnaphor(head, new Span(i, i + head.length())));
                    covered.add(new Span(i, i + head.length()));
                    i += head.length() - 1;
                    break;
                }
            }
        }
        Matcher sm = SELF.matcher(text);
        while (sm.find()) {
            if (!inside(covered, sm.start())) {
                out.add(new SelfAnaphor(new Span(sm.start(), sm.end())));
            }
        }
        resolutions(text, out);
        symbols(text, out);
        treatySeries(text, out);
        out.sort(READING_ORDER);
        provisions(text, out);
        out.sort(READING_ORDER);
        return out;
    }

    private static final Comparator<CitationToken> READING_ORDER =
            Comparator.comparingInt((CitationToken t) -> t.span().start()).thenComparingInt(t -> -t.span().end());

    /** The names alone: the gazetteer's pass of {@link #tokens}, none of the patterns after it. */
    @Override
    public List<CitationToken> names(String text) {
        List<CitationToken> out = new ArrayList<>();
        names(text, out, new ArrayList<>());
        out.sort(READING_ORDER);
        return out;
    }

    /** Bodies that adopt resolutions and instruments named in {@code text}, their spans added to {@code covered}. */
    private void names(String text, List<CitationToken> out, List<Span> covered) {
        for (Gazetteer.Match m : gazetteer.find(text, Set.of(Gazetteer.Type.BODY, Gazetteer.Type.INSTRUMENT))) {
            covered.add(m.span());
            Gazetteer.Entry e = m.entry();
            if (e.type() == Gazetteer.Type.BODY) {
                boolean ordinal = ORDINAL_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 8), m.span().start())).find();
                // 第十四届大会 is a numbered congress or conference, not the General Assembly
                if (kinds.adoptsResolutions(e.kind()) && !ordinal) {
                    out.add(new BodyName(e, m.span()));
                }
                continue;
            }
            Span s = m.span();
            int before = skipBack(text, s.start());
            boolean bracketed = before > 0 && text.charAt(before - 1) == '《';
            if (!bracketed && gazetteer.normalize(m.surface()).length() < 6) {
                continue;
            }
            int start = bracketed ? before - 1 : s.start();
            int end = s.end();
            int after = skipForward(text, end);
            if (bracketed && after < text.length() && text.charAt(after) == '》') {
                end = after + 1;
            }
            out.add(new InstrumentName(e, new Span(start, end)));
        }
    }

    private static boolean inside(List<Span> spans, int pos) {
        for (Span s : spans) {
            if (pos >= s.start() && pos < s.end()) {
                return true;
            }
        }
        return false;
    }

    private static int skipBack(String text, int pos) {
        while (pos > 0 && Character.isWhitespace(text.charAt(pos - 1))) {
            pos--;
        }
        return pos;
    }

    private static int skipForward(String text, int pos) {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    private void resolutions(String text, List<CitationToken> out) {
        List<int[]> at = new ArrayList<>();
        List<String> lists = new ArrayList<>();
        Matcher m = RES_GROUP.matcher(text);
        while (m.find()) {
            at.add(new int[] {m.start(), m.end()});
            lists.add(m.group(1));
        }
        int n = at.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] bodies = lists.toArray(new String[0]);
        for (int k = 0; k < n; k++) {
            starts[k] = at.get(k)[0];
            ends[k] = at.get(k)[1];
        }
        String[] kind = new String[n];
        int[] kindEnd = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            Matcher km = KIND_AFTER.matcher(text).region(ends[i], text.length());
            if (km.lookingAt()) {
                kind[i] = km.group(1);
                kindEnd[i] = km.end();
            } else if (i + 1 < n && kind[i + 1] != null
                    && CHAIN.matcher(text.substring(ends[i], starts[i + 1])).matches()) {
                kind[i] = kind[i + 1];
                kindEnd[i] = ends[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (kind[i] == null) {
                continue;
            }
            Span span = new Span(starts[i], Math.max(ends[i], kindEnd[i]));
            for (String num : expandNumbers(bodies[i])) {
                out.add(new ResolutionRef(num, kind[i].equals("决定"), null, span));
            }
        }
    }

    /** {@code 62/272、64/297 和 66/282} → three; {@code 2012/12 至 2012/19} → eight. */
    static List<String> expandNumbers(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = RES_ITEM.matcher(list);
        while (m.find()) {
            String a = clean(m.group(1));
            if (m.group(2) == null) {
                out.add(a);
                continue;
            }
            String b = clean(m.group(2));
            int sa = a.lastIndexOf('/');
            int sb = b.lastIndexOf('/');
            if (sa > 0 && sb > 0 && a.substring(0, sa).equals(b.substring(0, sb))) {
                int from = Integer.parseInt(a.substring(sa + 1));
                int to = Integer.parseInt(b.substring(sb + 1));
                if (to >= from && to - from <= 100) {
                    for (int x = from; x <= to; x++) {
                        out.add(a.substring(0, sa + 1) + x);
                    }
                    continue;
                }
            }
            out.add(a);
            out.add(b);
        }
        return out;
    }

    private static String clean(String number) {
        return number.replaceAll("\\s+", "").replace('（', '(').replace('）', ')').replaceAll("\\((\\d{4})\\)", " ($1)");
    }

    private void symbols(String text, List<CitationToken> out) {
        if (!Symbols.mayOccur(text)) {
            return;
        }
        Matcher m = Symbols.SYMBOL.matcher(text);
        while (m.find()) {
            String sym = Symbols.normalize(m.group(1));
            Span span = new Span(m.start(1), m.end(1));
            String body = ResolutionSeries.bodyOf(sym);
            if (body != null) {
                String num = sym.substring(ResolutionSeries.prefix(body).length());
                out.add(new ResolutionRef(clean(num), false, body, span));
            } else {
                out.add(new SymbolRef(sym, span));
                corrigenda(AFTER_SYMBOL, text, m.end(1), sym, out);
            }
        }
    }

    private void treatySeries(String text, List<CitationToken> out) {
        Matcher m = UNTS.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            for (String v : m.group(1).split(SEP)) {
                out.add(new TreatySeriesRef(v.strip(), m.group(2), span));
            }
        }
    }

    /** Provision groups, each tied to the instrument token or anaphor it follows (tokens must be sorted). */
    private void provisions(String text, List<CitationToken> tokens) {
        List<CitationToken> found = new ArrayList<>();
        Matcher g = ART_GROUP.matcher(text);
        while (g.find()) {
            List<List<String>> paths = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            Matcher one = ART_ONE.matcher(text).region(g.start(), g.end());
            int prevEnd = -1;
            String prevArt = null;
            while (one.find()) {
                List<String> arts = new ArrayList<>(numbers(one.group(1)));
                List<String> paras = one.group(2) == null ? List.of() : numbers(one.group(2));
                boolean bare = one.group(2) == null && one.group(3) == null && arts.size() == 1;
                if (bare && prevArt != null && RANGE_ONLY.matcher(text.substring(prevEnd, one.start())).matches()) {
                    // 第 24 条至第 26 条: the articles between the two ends are cited too
                    int from = Digits.value(prevArt);
                    int to = Digits.value(arts.get(0));
                    for (int a = to - 1; from >= 0 && a > from && to - from <= 100; a--) {
                        arts.add(0, String.valueOf(a));
                    }
                }
                prevArt = bare ? arts.get(arts.size() - 1) : null;
                prevEnd = one.end();
                List<String> subs = new ArrayList<>();
                if (one.group(3) != null) {
                    Matcher sl = SUB_LETTER.matcher(one.group(3));
                    while (sl.find()) {
                        subs.add(sl.group(1)); // 第 2 条第 1 款(a)和(b)项 → two sub-paragraphs
                    }
                }
                for (int i = 0; i < arts.size(); i++) {
                    boolean last = i == arts.size() - 1;
                    if (!last || paras.isEmpty()) {
                        for (String sub : last && !subs.isEmpty() ? subs : java.util.Collections.<String>singletonList(null)) {
                            List<String> p = new ArrayList<>(List.of("art", arts.get(i)));
                            String label = "第 " + arts.get(i) + " 条";
                            if (sub != null) {
                                p.addAll(List.of("subpara", sub));
                                label += "(" + sub + ")项";
                            }
                            paths.add(p);
                            labels.add(label);
                        }
                        continue;
                    }
                    for (String para : paras) {
                        for (String sub : paras.size() == 1 && !subs.isEmpty() ? subs : java.util.Collections.<String>singletonList(null)) {
                            List<String> p = new ArrayList<>(List.of("art", arts.get(i), "para", para));
                            String label = "第 " + arts.get(i) + " 条第 " + para + " 款";
                            if (sub != null) {
                                p.addAll(List.of("subpara", sub));
                                label += "(" + sub + ")项";
                            }
                            paths.add(p);
                            labels.add(label);
                        }
                    }
                }
            }
            found.add(attach(text, tokens, paths, labels, new Span(g.start(), g.end())));
        }
        Matcher c = CHAPTER.matcher(text);
        while (c.find()) {
            List<List<String>> paths = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            Matcher item = CHAP_ITEM.matcher(c.group(1).replaceAll("[（(][^）)]*[）)]", "")); // 第二章（预防措施）和第五章
            while (item.find()) {
                String v = item.group();
                int n = v.matches("[IVXLC]+") ? RomanNumerals.parse(v) : ChineseNumerals.parse(v);
                if (n > 0) {
                    paths.add(List.of("chap", RomanNumerals.toRoman(n)));
                    labels.add("第" + v + "章");
                }
            }
            if (!paths.isEmpty()) {
                found.add(attach(text, tokens, paths, labels, new Span(c.start(), c.end())));
            }
        }
        Matcher d = DECL_PARA.matcher(text);
        while (d.find()) {
            List<List<String>> paths = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String n : numbers(d.group(1))) {
                paths.add(List.of("para", n));
                labels.add("第 " + n + " 段");
            }
            ProvisionRef r = attach(text, tokens, paths, labels, new Span(d.start(), d.end()));
            if (r.attachment() != Attachment.BARE) {
                found.add(r);
            }
        }
        for (CitationToken t : found) {
            ProvisionRef r = (ProvisionRef) t;
            boolean chapter = r.paths().get(0).get(0).equals("chap");
            if (chapter && r.attachment() == Attachment.BARE) {
                continue;
            }
            tokens.add(r);
        }
    }

    private static List<String> numbers(String list) {
        List<String> out = new ArrayList<>();
        // units repeated inside a list (第 1 款至第 3 款) do not break ranges
        Matcher m = NUM_IN_LIST.matcher(list.replaceAll("\\s*[条款段章]\\s*", ""));
        while (m.find()) {
            if (m.group(2) == null) {
                out.add(Digits.normal(m.group(1)));
                continue;
            }
            int a = Digits.value(m.group(1));
            int b = Digits.value(m.group(2));
            if (a >= 0 && b >= a && b - a <= 100) {
                for (int x = a; x <= b; x++) {
                    out.add(String.valueOf(x));
                }
            } else {
                out.add(Digits.normal(m.group(1)));
                out.add(Digits.normal(m.group(2)));
            }
        }
        return out;
    }

    private static final Pattern DIRECT_GAP = Pattern.compile("^\\s*(?:中的|中|的)?\\s*$");
    /** {@code 其中第五章}, {@code 其中关于管制前体的第 35 和 36 段}: provisions of the instrument just named. */
    private static final Pattern ANAPHOR_GAP = Pattern.compile("(?:其中|其)\\s*(?:关于[^，。；,;]{1,24}?的)?\\s*(?:的)?\\s*$");

    private ProvisionRef attach(String text, List<CitationToken> tokens, List<List<String>> paths, List<String> labels, Span span) {
        CitationToken anchor = null;
        for (CitationToken t : tokens) {
            if (t.span().end() > span.start()) {
                break;
            }
            if (t instanceof InstrumentName || t instanceof InstrumentAnaphor) {
                anchor = t;
            }
        }
        if (anchor != null && DIRECT_GAP.matcher(text.substring(anchor.span().end(), span.start())).matches()) {
            return new ProvisionRef(paths, labels, Attachment.DIRECT, anchor, span);
        }
        String before = text.substring(Math.max(0, span.start() - 32), span.start());
        if (ANAPHOR_GAP.matcher(before).find()) {
            return new ProvisionRef(paths, labels, Attachment.ANAPHOR, anchor, span);
        }
        return new ProvisionRef(paths, labels, Attachment.BARE, anchor, span);
    }
}
