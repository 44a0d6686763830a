package org.mandategraph.annotate;

import org.mandategraph.lexicon.Gazetteer;
import org.mandategraph.lexicon.IssuerShapes;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mandategraph.language.CitationToken.BodyAnaphor;
import org.mandategraph.language.CitationToken.BodyName;
import org.mandategraph.language.CitationToken.InstrumentAnaphor;
import org.mandategraph.language.CitationToken.InstrumentName;
import org.mandategraph.language.CitationToken.ProvisionRef;
import org.mandategraph.language.CitationToken.ResolutionRef;
import org.mandategraph.language.CitationToken.SelfAnaphor;
import org.mandategraph.language.CitationToken.SymbolRef;
import org.mandategraph.language.CitationToken;
import org.mandategraph.language.CitationFinder;
import org.mandategraph.language.ReferenceGrammar;
import org.mandategraph.language.CitationToken.TreatySeriesRef;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Header;
import org.mandategraph.document.Span;
import org.mandategraph.document.UnDocument;
import org.mandategraph.vocab.Iris;

/**
 * The resolve stage of citation reading (eyecite's {@code resolve.py}): turns one document's tokens, fed in
 * reading order, into cited resources. It keeps the context short forms need: the convention last named (or the
 * one the title is about) for {@code 《公约》}, the body last named for each generic head ({@code 委员会}), and
 * the adopting body for {@code 其}. Not thread-safe: one instance per document.
 */
public final class CitationResolver {

    /** A resolved reference: what it points at and the span of the text that says so. */
    public record Resolved(CitedResource target, Span span) {
    }

    private final Gazetteer gazetteer;
    private final ReferenceGrammar grammar;
    private final IssuerShapes shapes = IssuerShapes.get();
    private final String adoptingBody;
    private final String organ;
    private final String recommending;
    private final Gazetteer.Entry titleConvention;
    private Gazetteer.Entry lastConvention;
    /** The instrument of each kind last named in the running text, and the first of each kind in the document (with the title). */
    private final Map<String, Gazetteer.Entry> lastOfKind = new java.util.HashMap<>();
    private final Map<String, Gazetteer.Entry> firstOfKind = new java.util.HashMap<>();
    /** Instruments named in the running text so far, in reading order. */
    private final List<Gazetteer.Entry> named = new ArrayList<>();
    private final Map<String, Gazetteer.Entry> lastByHead = new LinkedHashMap<>();
    private final Map<String, Gazetteer.Entry> anywhereByHead = new LinkedHashMap<>();
    private Gazetteer.Entry firstConvention;

    /**
     * A resolver for {@code d}; {@code finder} pre-reads the whole document for forward fallbacks (give a memoising
     * finder so that the texts are not tokenized again when they are resolved). Of the pre-read only the names
     * count ({@link CitationFinder#names}).
     */
    public CitationResolver(Gazetteer gazetteer, CitationFinder finder, UnDocument d, ReferenceGrammar grammar) {
        this.gazetteer = gazetteer;
        this.grammar = grammar;
        Header h = d.header();
        this.adoptingBody = h.type() == DocumentType.REPORT ? null
                : h.adoptingBodyCode() != null ? h.adoptingBodyCode() : h.organCode();
        this.organ = h.organCode();
        this.recommending = h.recommendingBodyCode();
        this.titleConvention = h.title() == null ? null : firstConvention(finder.tokens(h.title()));
        if (h.title() != null) {
            firstOfKinds(finder.tokens(h.title()));
        }
        for (var p : d.paragraphs()) {
            // a paragraph with sub-paragraphs is resolved in parts: of the whole, only its names are read ahead
            List<CitationToken> ts = p.subParagraphs().isEmpty() ? finder.tokens(p.fullText()) : finder.names(p.fullText());
            firstOfKinds(ts);
            if (firstConvention == null) {
                firstConvention = firstConvention(ts);
            }
            for (CitationToken t : ts) {
                if (t instanceof BodyName b) {
                    for (String head : heads(b.entry())) {
                        anywhereByHead.putIfAbsent(head, b.entry());
                    }
                }
            }
        }
    }

    /** {@code 《政治宣言》}: the instrument named so far (else anywhere in the document) whose title ends that way. */
    private Gazetteer.Entry titled(InstrumentAnaphor a) {
        for (int k = named.size() - 1; k >= 0; k--) {
            Gazetteer.Entry e = named.get(k);
            if (e.names().stream().anyMatch(n -> n.endsWith(a.title()))) {
                return e;
            }
        }
        Gazetteer.Entry first = firstOfKind.get(a.kind());
        return first != null && first.names().stream().anyMatch(n -> n.endsWith(a.title())) ? first : null;
    }

    /**
     * With no convention named, 《公约》 is the convention of the protocol named ({@code mg:parentInstrument}) or the
     * one whose Conference adopted the document ({@code 联合国打击跨国有组织犯罪公约缔约方会议} → UNTOC).
     */
    private Gazetteer.Entry contextConvention() {
        Gazetteer.Entry protocol = lastOfKind.getOrDefault("protocol", firstOfKind.get("protocol"));
        if (protocol != null && protocol.parent() != null) {
            Gazetteer.Entry p = gazetteer.byIri(protocol.parent()).orElse(null);
            if (p != null) {
                return p;
            }
        }
        Gazetteer.Entry body = adoptingBody == null ? null : gazetteer.byCode(adoptingBody).orElse(null);
        if (body == null) {
            return null;
        }
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.type() == Gazetteer.Type.INSTRUMENT && "convention".equals(e.kind())
                    && e.names().stream().anyMatch(n -> body.names().stream().anyMatch(b -> b.replace(grammar.titleOpen(), "").startsWith(n)))) {
                return e;
            }
        }
        return null;
    }

    private void firstOfKinds(List<CitationToken> ts) {
        for (CitationToken t : ts) {
            if (t instanceof InstrumentName n && n.entry().kind() != null) {
                firstOfKind.putIfAbsent(n.entry().kind(), n.entry());
            }
        }
    }

    private static Gazetteer.Entry firstConvention(List<CitationToken> ts) {
        for (CitationToken t : ts) {
            if (t instanceof InstrumentName n && "convention".equals(n.entry().kind())) {
                return n.entry();
            }
        }
        return null;
    }

    private List<String> heads(Gazetteer.Entry e) {
        List<String> out = new ArrayList<>();
        for (String head : grammar.bodyHeads()) {
            if (e.names().stream().anyMatch(n -> n.endsWith(head))) {
                out.add(head);
            }
        }
        return out;
    }

    /**
     * Resolves the tokens of one locus text. {@code footnote} texts do not move the "last named" context of the
     * running text (a footnote's treaty reference is not a name in the flow).
     */
    public List<Resolved> resolve(String text, List<CitationToken> tokens, boolean footnote) {
        List<Resolved> out = new ArrayList<>();
        Map<CitationToken, Gazetteer.Entry> instrumentOf = new IdentityHashMap<>();
        Gazetteer.Entry lastInstrument = null;
        List<Span> masked = null; // read only for a resolution number without its body, so found then
        for (CitationToken t : tokens) {
            if (t instanceof InstrumentName n) {
                instrumentOf.put(n, n.entry());
                lastInstrument = n.entry();
                if (!footnote && "convention".equals(n.entry().kind())) {
                    lastConvention = n.entry();
                }
                if (!footnote && n.entry().kind() != null) {
                    lastOfKind.put(n.entry().kind(), n.entry());
                }
                if (!footnote) {
                    named.add(n.entry());
                }
                out.add(new Resolved(instrument(n.entry()), n.span()));
            } else if (t instanceof InstrumentAnaphor a) {
                Gazetteer.Entry c = a.title() != null ? titled(a) : "convention".equals(a.kind())
                        ? (lastConvention != null ? lastConvention : titleConvention != null ? titleConvention
                                : firstConvention != null ? firstConvention : contextConvention())
                        : lastOfKind.getOrDefault(a.kind(), firstOfKind.get(a.kind()));
                if (c != null) {
                    instrumentOf.put(a, c);
                    lastInstrument = c;
                    out.add(new Resolved(instrument(c), a.span()));
                }
            } else if (t instanceof BodyName b) {
                for (String head : heads(b.entry())) {
                    lastByHead.put(head, b.entry());
                }
            } else if (t instanceof ProvisionRef p) {
                Gazetteer.Entry inst = switch (p.attachment()) {
                    case DIRECT -> instrumentOf.get(p.anchor());
                    case ANAPHOR -> lastInstrument != null ? lastInstrument : lastConvention;
                    case BARE -> p.paths().get(0).get(0).equals("art") ? lastInstrument : null;
                };
                if (inst == null) {
                    continue;
                }
                for (int i = 0; i < p.paths().size(); i++) {
                    String iri = Iris.provision(inst.code(), p.paths().get(i));
                    String label = (inst.label() == null ? inst.code() : grammar.titleOpen() + inst.label() + grammar.titleClose())
                            + p.labels().get(i);
                    out.add(new Resolved(new CitedResource(iri, CitedResource.Kind.PROVISION, null, null, null,
                            inst.code(), Iris.provisionParent(iri), label), p.span()));
                }
            } else if (t instanceof ResolutionRef r) {
                if (r.bodyCode() == null && masked == null) {
                    masked = masks(text);
                }
                String body = r.bodyCode() != null ? r.bodyCode() : bodyFor(text, tokens, r, masked);
                String iri = r.decision() ? Iris.decision(body, r.number()) : Iris.resolution(body, r.number());
                out.add(new Resolved(new CitedResource(iri, r.decision() ? CitedResource.Kind.DECISION
                        : CitedResource.Kind.RESOLUTION, body, r.number(), null, null, null, null), r.span()));
            } else if (t instanceof SymbolRef s) {
                out.add(new Resolved(new CitedResource(Iris.doc(s.symbol()), CitedResource.Kind.DOCUMENT, null,
                        null, s.symbol(), null, null, s.symbol()), s.span()));
            } else if (t instanceof TreatySeriesRef u) {
                Gazetteer.Entry e = byTreatySeries(u.volume(), u.number());
                if (e != null) {
                    out.add(new Resolved(instrument(e), u.span()));
                }
            }
        }
        return out;
    }

    private static CitedResource instrument(Gazetteer.Entry e) {
        return new CitedResource(e.iri(), CitedResource.Kind.INSTRUMENT, null, null, null, e.code(), null, e.label());
    }

    /** The instrument registered under that UNTS volume and number; protocols share their convention's number. */
    private Gazetteer.Entry byTreatySeries(String volume, String number) {
        Gazetteer.Entry root = null;
        for (Gazetteer.Entry e : gazetteer.entries()) {
            if (e.type() != Gazetteer.Type.INSTRUMENT || !number.equals(e.untsNumber())) {
                continue;
            }
            if (volume.equals(e.untsVolume())) {
                return e;
            }
            if (e.parent() == null) {
                root = e;
            }
        }
        return root;
    }

    private List<Span> masks(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = grammar.masks().matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end()));
        }
        return out;
    }

    private static boolean masked(List<Span> masks, Span s) {
        for (Span m : masks) {
            if (s.start() >= m.start() && s.end() <= m.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The issuing body of a resolution number: the nearest body named before it in the same clause, looking past
     * dates, {@code 题为“…”的} titles and {@code 关于…的} topics (a body named inside those is not the issuer);
     * {@code 其} is the adopting body itself; with no body named, the number's shape decides.
     */
    private String bodyFor(String text, List<CitationToken> tokens, ResolutionRef r, List<Span> masks) {
        int clause = 0;
        Matcher m = grammar.clauseEnd().matcher(text);
        while (m.find() && m.end() <= r.span().start()) {
            clause = m.end();
        }
        String decisive = shapes.decisive(r.number());
        if (decisive != null) {
            return decisive; // 第 1267 (1999) 号: only the Security Council numbers its resolutions with the year
        }
        boolean self = false;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            CitationToken t = tokens.get(i);
            if (t.span().end() > r.span().start() || t.span().start() < clause || masked(masks, t.span())) {
                continue;
            }
            boolean actor = !self && (t instanceof BodyName || t instanceof BodyAnaphor)
                    && grammar.pursuant().matcher(text.substring(t.span().end(), r.span().start())).find();
            if (actor) {
                break; // 秘书处依照第 7/1 号决议编写: the body before 依照 acts on the resolution, it did not adopt it
            }
            if (t instanceof BodyName b) {
                return b.entry().code();
            }
            if (t instanceof BodyAnaphor a) { // also the antecedent of a 其 after it (委员会在其…第 23/1 号决定)
                Gazetteer.Entry e = headBody(a.head());
                if (e != null) {
                    return e.code();
                }
            }
            if (t instanceof SelfAnaphor) {
                self = true;
            }
        }
        if (self && adoptingBody != null) {
            return adoptingBody;
        }
        return byShape(r.number());
    }

    private Gazetteer.Entry headBody(String head) {
        if (adoptingBody != null) {
            Gazetteer.Entry a = gazetteer.byCode(adoptingBody).orElse(null);
            if (a != null && heads(a).contains(head)) {
                return a; // 理事会 in an ECOSOC resolution is the Council itself
            }
        }
        if (recommending != null) {
            Gazetteer.Entry r = gazetteer.byCode(recommending).orElse(null);
            if (r != null && "commission".equals(r.kind()) && heads(r).contains(head)) {
                return r; // 委员会 in a resolution the Commission recommended is that Commission
            }
        }
        Gazetteer.Entry e = lastByHead.get(head);
        if (e != null) {
            return e;
        }
        if (organ != null) {
            Gazetteer.Entry o = gazetteer.byCode(organ).orElse(null);
            if (o != null && heads(o).contains(head)) {
                return o;
            }
        }
        return anywhereByHead.get(head);
    }

    /** {@code 2012/17} → ECOSOC, {@code 1373 (2001)} → SC, {@code 65/230} → GA (or the adopting body's own series). */
    private String byShape(String number) {
        return shapes.issuer(number, adoptingBody);
    }
}
