package org.mandategraph.read;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An input format value object, as RDF4J's {@code RDFFormat}: a name, its MIME types (the first is the default),
 * the file extensions it claims and the magic bytes its content starts with ({@code %PDF-}; {@code PK\3\4} for a
 * ZIP package, told apart by {@link #zipEntry}). A format is known whether or not a reader for it is installed,
 * so a file can be recognised, and refused by name, before a PDF or Word reader exists.
 *
 * @param magic     bytes every file of the format starts with, or empty for text formats that have none
 * @param zipEntry  for a ZIP package, the entry whose presence identifies the format ({@code word/document.xml}),
 *                  else {@code null}
 */
public record DocumentFormat(String name, List<String> mimeTypes, List<String> extensions, byte[] magic,
                             String zipEntry) {
    private static final byte[] NONE = new byte[0];
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    public static final DocumentFormat TEXT = new DocumentFormat("text", List.of("text/plain"), List.of("txt"), NONE, null);
    public static final DocumentFormat MARKDOWN = new DocumentFormat("markdown",
            List.of("text/markdown", "text/x-markdown"), List.of("md", "markdown"), NONE, null);
    public static final DocumentFormat PDF = new DocumentFormat("PDF", List.of("application/pdf"), List.of("pdf"),
            new byte[]{'%', 'P', 'D', 'F', '-'}, null);
    public static final DocumentFormat DOCX = new DocumentFormat("Word (DOCX)",
            List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), List.of("docx"),
            ZIP, "word/document.xml");

    /** Word 97–2003: an OLE2 compound file; recognised so it can be refused with advice (save it as .docx). */
    public static final DocumentFormat DOC = new DocumentFormat("Word 97-2003 (DOC)", List.of("application/msword"),
            List.of("doc"), new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}, null);

    /** The formats this module knows, with or without an installed reader; binary formats before text. */
    public static final List<DocumentFormat> KNOWN = List.of(PDF, DOCX, DOC, TEXT, MARKDOWN);

    public DocumentFormat {
        mimeTypes = List.copyOf(mimeTypes);
        extensions = List.copyOf(extensions);
        magic = magic.clone();
    }

    @Override
    public byte[] magic() {
        return magic.clone();
    }

    public String defaultMimeType() {
        return mimeTypes.get(0);
    }

    public String defaultExtension() {
        return extensions.get(0);
    }

    public boolean hasMagic() {
        return magic.length > 0;
    }

    /** Whether the file name ends with one of this format's extensions (case-insensitive). */
    public boolean matches(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    public boolean hasMimeType(String mimeType) {
        String base = mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mimeTypes.contains(base);
    }

    /** Whether {@code head} (the first bytes of a file) starts with this format's magic bytes. */
    public boolean startsWithMagic(byte[] head) {
        if (!hasMagic() || head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public static Optional<DocumentFormat> forExtension(String fileName) {
        return KNOWN.stream().filter(f -> f.matches(fileName)).findFirst();
    }

    public static Optional<DocumentFormat> forMimeType(String mimeType) {
        return KNOWN.stream().filter(f -> f.hasMimeType(mimeType)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentFormat f && f.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + defaultMimeType() + ", ." + String.join("/.", extensions) + ")";
    }
}
