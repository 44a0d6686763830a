package org.mandategraph.lexicon;

import java.util.Map;

/**
 * Symbol series of the principal organs' resolutions, fixed by the UN's symbol system
 * (ST/LIB/SER.B/5/Rev.5): a resolution numbered {@code 66/177} by the General Assembly is {@code A/RES/66/177}.
 */
public final class ResolutionSeries {
    private static final Map<String, String> PREFIX = Map.of(
            "GA", "A/RES/",
            "SC", "S/RES/",
            "ECOSOC", "E/RES/",
            "HRC", "A/HRC/RES/");

    private ResolutionSeries() {
    }

    public static String prefix(String bodyCode) {
        return PREFIX.get(bodyCode);
    }

    /** The body whose resolution series a symbol belongs to ({@code A/RES/66/177} → {@code GA}), or null. */
    public static String bodyOf(String symbol) {
        String best = null;
        for (Map.Entry<String, String> e : PREFIX.entrySet()) {
            if (symbol.startsWith(e.getValue()) && symbol.length() > e.getValue().length()
                    && (best == null || e.getValue().length() > PREFIX.get(best).length())) {
                best = e.getKey();
            }
        }
        return best;
    }
}
