package org.mandategraph.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/** The registry of {@link DocumentReader}s found on the class path, and the walk that finds input files. */
public final class DocumentReaders {
    private static final List<DocumentReader> READERS = load();

    private DocumentReaders() {
    }

    private static List<DocumentReader> load() {
        List<DocumentReader> list = new ArrayList<>();
        ServiceLoader.load(DocumentReader.class, DocumentReaders.class.getClassLoader()).forEach(list::add);
        return List.copyOf(list);
    }

    /** What the registered readers read, for messages: {@code .txt, .md, .markdown}. */
    public static String supported() {
        return READERS.stream().flatMap(r -> r.format().extensions().stream()).map(e -> "." + e).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
    }

    public static Optional<DocumentReader> forFile(Path file) {
        String name = file.getFileName().toString();
        return READERS.stream().filter(r -> r.format().matches(name)).findFirst();
    }

    /**
     * Expands the inputs: a file is taken as given; a folder is walked recursively for files some reader
     * claims, in sorted order so output is identical across runs.
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).filter(p -> forFile(p).isPresent()).sorted().forEach(out::add);
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
