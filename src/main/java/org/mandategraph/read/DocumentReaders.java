package org.mandategraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The registry of {@link DocumentReader}s found on the class path, content sniffing of input files, and the walk
 * that finds them. A file's format is decided by its first bytes when they carry a known signature (so a
 * {@code .txt} that is really a PDF is not read as text), and otherwise by its extension.
 */
public final class DocumentReaders {
    private static final List<DocumentReader> READERS = load();
    private static final int HEAD_BYTES = 8;

    private DocumentReaders() {
    }

    private static List<DocumentReader> load() {
        List<DocumentReader> list = new ArrayList<>();
        ServiceLoader.load(DocumentReader.class, DocumentReaders.class.getClassLoader()).forEach(list::add);
        return List.copyOf(list);
    }

    /** The formats some installed reader reads, in registration order. */
    public static List<DocumentFormat> supportedFormats() {
        Set<DocumentFormat> out = new LinkedHashSet<>();
        READERS.stream().filter(DocumentReader::readsContent).forEach(r -> out.add(r.format()));
        return List.copyOf(out);
    }

    /**
     * What the installed readers accept, for messages: {@code .txt (text/plain) or .md (text/markdown)}. Callers
     * print this instead of naming extensions themselves, so a new reader shows up in every message.
     */
    public static String supportedDescription() {
        List<String> parts = supportedFormats().stream()
                .map(f -> "." + f.defaultExtension() + " (" + f.defaultMimeType() + ")").toList();
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " or " + parts.get(parts.size() - 1);
    }

    /** The supported extensions alone, for short messages: {@code .txt or .md}. */
    public static String supportedExtensions() {
        List<String> exts = supportedFormats().stream().map(f -> "." + f.defaultExtension()).toList();
        return exts.size() <= 1 ? String.join("", exts)
                : String.join(", ", exts.subList(0, exts.size() - 1)) + " or " + exts.get(exts.size() - 1);
    }

    /** The reader for the file's sniffed format, if one is installed. */
    public static Optional<DocumentReader> forFile(Path file) {
        return sniff(file).flatMap(DocumentReaders::forFormat);
    }

    public static Optional<DocumentReader> forFormat(DocumentFormat format) {
        return READERS.stream().filter(r -> r.format().equals(format)).findFirst();
    }

    public static Optional<DocumentReader> forMimeType(String mimeType) {
        return READERS.stream().filter(r -> r.format().hasMimeType(mimeType)).findFirst();
    }

    /**
     * The file's format: a known signature in its first bytes wins over its name; without one, the extension
     * decides, but a text extension on a file with a binary signature is not taken at its word.
     */
    public static Optional<DocumentFormat> sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return DocumentFormat.forExtension(file.getFileName().toString());
        }
        return sniff(head, file.getFileName().toString(), () -> zipEntries(file));
    }

    /**
     * Sniffing on bytes already read: {@code head} is the start of the content, {@code zipEntries} lists the
     * entries of a ZIP package when a ZIP-based format must be told apart (called only for ZIP content).
     */
    public static Optional<DocumentFormat> sniff(byte[] head, String fileName, ZipEntries zipEntries) {
        List<DocumentFormat> byMagic = DocumentFormat.KNOWN.stream().filter(f -> f.startsWithMagic(head)).toList();
        if (!byMagic.isEmpty()) {
            Set<String> entries = null;
            for (DocumentFormat f : byMagic) {
                if (f.zipEntry() == null) {
                    return Optional.of(f);
                }
                if (entries == null) {
                    entries = zipEntries.list();
                }
                if (entries.contains(f.zipEntry())) {
                    return Optional.of(f);
                }
            }
            return Optional.empty(); // a ZIP, but no package format we know
        }
        return DocumentFormat.forExtension(fileName).filter(f -> !f.hasMagic());
    }

    /** Lists the entry names of a ZIP package; empty when it is no readable ZIP. */
    @FunctionalInterface
    public interface ZipEntries {
        Set<String> list();
    }

    private static Set<String> zipEntries(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().map(ZipEntry::getName).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /**
     * Why no reader takes the file, for the message that refuses it: the format it was recognised as and that no
     * reader for it is installed, or that its type is unknown; both name what is supported.
     */
    public static String unsupportedReason(Path file) {
        Optional<DocumentFormat> f = sniff(file);
        String supported = "expected " + supportedDescription();
        if (f.isPresent()) {
            boolean misnamed = !f.get().matches(file.getFileName().toString());
            return (misnamed ? f.get().name() + " content despite its name" : f.get().name() + " file")
                    + ", no reader for it is installed (" + supported + ")";
        }
        return "unsupported file type (" + supported + ")";
    }

    /**
     * Expands the inputs: a file is taken as given; a folder is walked recursively for files some reader
     * claims, in sorted order so output is identical across runs.
     */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return expand(inputs, p -> { });
    }

    /**
     * As {@link #expand(List)}, telling {@code skipped} of each file in a folder that no reader claims (hidden files
     * aside), so a caller can list them instead of dropping them silently.
     */
    public static List<Path> expand(List<Path> inputs, java.util.function.Consumer<Path> skipped) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path in : inputs) {
            if (Files.isDirectory(in)) {
                try (Stream<Path> walk = Files.walk(in)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                        if (forFile(p).isPresent()) {
                            out.add(p);
                        } else if (!p.getFileName().toString().startsWith(".")) {
                            skipped.accept(p);
                        }
                    });
                }
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
