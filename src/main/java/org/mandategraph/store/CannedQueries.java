package org.mandategraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The canned questions of {@code queries/}: looked up in {@code ./queries} first (so users can edit and add their
 * own), then in the copy shipped in the jar under {@code org/mandategraph/queries/}.
 */
public final class CannedQueries {
    static final String RESOURCE_DIR = "org/mandategraph/queries";
    private static final Path LOCAL_DIR = Path.of("queries");

    private CannedQueries() {
    }

    /** A canned query: its name (file name without {@code .rq}), its text and the header fields. */
    public record CannedQuery(String name, String text) {
        /** The value of a {@code # key:} header line, if present. */
        public Optional<String> header(String key) {
            String prefix = "# " + key + ":";
            return text.lines().takeWhile(l -> l.startsWith("#") || l.isBlank())
                    .filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length()).strip()).findFirst();
        }

        public String title() {
            return header("title").orElse(name);
        }
    }

    /** Resolves NAME (from ./queries or the class path) or a path to a .rq file. */
    public static Optional<CannedQuery> resolve(String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") && Files.isRegularFile(file)) {
            return Optional.of(new CannedQuery(stem(file.getFileName().toString()), readFile(file)));
        }
        Path local = LOCAL_DIR.resolve(nameOrFile + ".rq");
        if (!nameOrFile.contains("/") && Files.isRegularFile(local)) {
            return Optional.of(new CannedQuery(nameOrFile, readFile(local)));
        }
        String text = ClasspathResources.read(RESOURCE_DIR + "/" + nameOrFile + ".rq");
        return text == null ? Optional.empty() : Optional.of(new CannedQuery(nameOrFile, text));
    }

    /** Every canned query shipped on the class path, by name. */
    public static List<CannedQuery> all() {
        List<CannedQuery> out = new ArrayList<>();
        for (String f : ClasspathResources.list(RESOURCE_DIR, ".rq")) {
            out.add(new CannedQuery(stem(f), ClasspathResources.read(RESOURCE_DIR + "/" + f)));
        }
        return out;
    }

    /** Names available to {@code query NAME}: ./queries plus the class path. */
    public static List<String> names() {
        TreeSet<String> names = new TreeSet<>();
        all().forEach(q -> names.add(q.name()));
        if (Files.isDirectory(LOCAL_DIR)) {
            try (var s = Files.list(LOCAL_DIR)) {
                s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).map(CannedQueries::stem).forEach(names::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ArrayList<>(names);
    }

    private static String stem(String f) {
        return f.substring(0, f.length() - 3);
    }

    private static String readFile(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
