package org.mandategraph.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops glyphs a PDF writer drew more than once at (nearly) the same place, as writers fake bold by overprinting
 * with a small offset. Decided by position, never by the text: {@code 大大} printed side by side stays.
 */
final class DuplicateGlyphs {
    /** How far apart, as a share of the font size, two drawings of one glyph may stand. */
    private static final float TOLERANCE = 0.15f;

    private DuplicateGlyphs() {
    }

    static List<Glyph> collapse(List<Glyph> glyphs) {
        List<Glyph> out = new ArrayList<>(glyphs.size());
        Map<String, List<Glyph>> kept = new HashMap<>();
        for (Glyph g : glyphs) {
            List<Glyph> same = kept.computeIfAbsent(g.text(), k -> new ArrayList<>());
            float tol = Math.max(0.3f, TOLERANCE * g.size());
            boolean dup = false;
            for (Glyph k : same) {
                if (Math.abs(k.x() - g.x()) <= tol && Math.abs(k.baseline() - g.baseline()) <= tol
                        && Math.abs(k.size() - g.size()) <= tol) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                same.add(g);
                out.add(g);
            }
        }
        return out;
    }
}
