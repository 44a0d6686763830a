package org.mandategraph.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The registry of {@link Language}s found on the class path, and detection of a document's language. */
public final class Languages {
    private static final List<Language> ALL = load();

    private Languages() {
    }

    private static List<Language> load() {
        List<Language> list = new ArrayList<>();
        ServiceLoader.load(Language.class, Languages.class.getClassLoader()).forEach(list::add);
        if (list.isEmpty()) {
            throw new IllegalStateException("no language module on the class path (META-INF/services/"
                    + Language.class.getName() + ")");
        }
        return List.copyOf(list);
    }

    public static List<Language> all() {
        return ALL;
    }

    public static Optional<Language> forTag(String tag) {
        return ALL.stream().filter(l -> l.tag().equals(tag)).findFirst();
    }

    /** The language scoring highest on the first characters of {@code text}; the first registered on a tie. */
    public static Language detect(CharSequence text) {
        CharSequence sample = text.length() > 20_000 ? text.subSequence(0, 20_000) : text;
        Language best = ALL.get(0);
        double bestScore = -1;
        for (Language l : ALL) {
            double s = l.score(sample);
            if (s > bestScore) {
                best = l;
                bestScore = s;
            }
        }
        return best;
    }
}
