package org.mandategraph.language.en;

import java.util.List;
import java.util.stream.Collectors;
import org.mandategraph.language.CitationToken;
import org.mandategraph.language.CitationToken.*;

/** A compact spelling of citation tokens for test tables: {@code Body GA | Res 66/177 | Prov art/7/para/1 @Inst UNTOC}. */
final class Tokens {
    private Tokens() {
    }

    static String render(List<CitationToken> tokens) {
        return tokens.stream().map(Tokens::render).collect(Collectors.joining(" | "));
    }

    static String render(CitationToken t) {
        if (t instanceof BodyName b) {
            return "Body " + b.entry().code();
        }
        if (t instanceof InstrumentName n) {
            return "Inst " + n.entry().code();
        }
        if (t instanceof InstrumentAnaphor a) {
            return "InstA " + a.kind() + (a.title() == null ? "" : "~" + a.title());
        }
        if (t instanceof BodyAnaphor a) {
            return "BodyA " + a.head();
        }
        if (t instanceof SelfAnaphor) {
            return "Self";
        }
        if (t instanceof ResolutionRef r) {
            return (r.decision() ? "Dec " : "Res ") + (r.bodyCode() == null ? "" : r.bodyCode() + ":") + r.number();
        }
        if (t instanceof SymbolRef s) {
            return "Sym " + s.symbol();
        }
        if (t instanceof TreatySeriesRef u) {
            return "UNTS " + u.volume() + "/" + u.number();
        }
        ProvisionRef p = (ProvisionRef) t;
        String paths = p.paths().stream().map(x -> String.join("/", x)).collect(Collectors.joining(","));
        return "Prov " + paths + switch (p.attachment()) {
            case DIRECT -> " @" + render(p.anchor());
            case ANAPHOR -> " @anaphor";
            case BARE -> " @bare";
        };
    }
}
