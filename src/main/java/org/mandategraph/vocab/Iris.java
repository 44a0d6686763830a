package org.mandategraph.vocab;

import org.mandategraph.vocab.MG;
import java.text.Normalizer;
import java.util.Locale;
import org.mandategraph.document.DocumentType;
import org.mandategraph.document.Header;
import org.mandategraph.document.ParagraphKind;

/**
 * The one place resource IRIs are minted (SPEC §2). Everything that names a resource goes through here,
 * so the same resolution read from its own file or cited from another gets the same IRI in every run.
 */
public final class Iris {
    public static final String ID = MG.ID;
    /** Named graphs that hold no document: reference data ({@code graph/bodies}) and derived links. */
    public static final String GRAPH_NS = "https://w3id.org/mandategraph/graph/";
    /** Triples derived across documents by the rules in {@code org/mandategraph/rules/}. */
    public static final String LINKS_GRAPH = GRAPH_NS + "links";
    /** Counts kept at load time (per document and in total) for the aggregate questions. */
    public static final String SUMMARY_GRAPH = GRAPH_NS + "summary";

    private Iris() {
    }

    public static String resolution(String bodyCode, String number) {
        return ID + "resolution/" + bodyCode + "/" + cleanNumber(number);
    }

    public static String decision(String bodyCode, String number) {
        return ID + "decision/" + bodyCode + "/" + cleanNumber(number);
    }

    /**
     * The IRI of the document a resolved header describes: a resolution or decision by its body and number, else a
     * document by its symbol, else by its file's name.
     */
    public static String document(Header h, String fileName) {
        String body = h.adoptingBodyCode() != null ? h.adoptingBodyCode() : h.organCode();
        if (h.type() == DocumentType.RESOLUTION && h.number() != null && body != null) {
            return resolution(body, h.number());
        }
        if (h.type() == DocumentType.DECISION && h.number() != null && body != null) {
            return decision(body, h.number());
        }
        if (h.symbol() != null) {
            // a joint symbol (E/CN.7/2017/4-E/CN.15/2017/4) names one document: it is known by its first symbol
            return doc(h.symbol().split("\\s*-\\s*(?=[A-Z])")[0]);
        }
        return localDoc(fileName);
    }

    /** A document by UN symbol, slashes kept: {@code doc/E/CN.15/2013/17}. */
    public static String doc(String symbol) {
        return ID + "doc/" + symbol.strip().replaceAll("\\s+", "");
    }

    /** A document with no known symbol, named after its file so re-reading the file replaces it. */
    public static String localDoc(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]+$", "");
        String slug = Normalizer.normalize(stem, Normalizer.Form.NFKC)
                .replaceAll("[^\\p{L}\\p{N}._-]+", "-").replaceAll("^-+|-+$", "");
        return ID + "doc/local/" + (slug.isEmpty() ? "document" : slug);
    }

    /**
     * A document's version in one language ({@code resolution/GA/66/177/zh}): what one source file holds. The work
     * (the document IRI) is shared by its versions; what is said in one language only (text positions, evidence)
     * hangs off the version or is minted under it.
     */
    public static String version(String docIri, String language) {
        return docIri + "/" + language;
    }

    /**
     * A store-wide total of the summary graph: named by a digest of its key (kind, subject, issuer, year), so a load
     * finds the one total it changes without scanning the others.
     */
    public static String total(String key) {
        return SUMMARY_GRAPH + "/total/" + digest(key);
    }

    private static String digest(String key) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d, 0, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document a language version's IRI (or graph name) belongs to: the IRI without its last segment. */
    public static String documentOfVersion(String versionIri) {
        return versionIri.substring(0, versionIri.lastIndexOf('/'));
    }

    /** A paragraph's text in one language version, with where it stands in that version's source file. */
    public static String paragraphText(String paragraphIri, String language) {
        return paragraphIri + "/text/" + language;
    }

    public static String paragraph(String docIri, ParagraphKind kind, String number) {
        return docIri + "/" + kind.iriSegment() + "/" + number;
    }

    public static String subParagraph(String paragraphIri, String label) {
        return paragraphIri + "/" + label.toLowerCase(Locale.ROOT);
    }

    public static String footnote(String docIri, String number) {
        return docIri + "/fn/" + ("*".equals(number) ? "star" : number);
    }

    public static String body(String code) {
        return ID + "body/" + code;
    }

    public static String state(String iso3) {
        return ID + "state/" + iso3;
    }

    public static String instrument(String code) {
        return ID + "instrument/" + code;
    }

    /** {@code instrument/UNTOC/art/7/para/1/subpara/b}; null parts are left out. */
    public static String article(String instrument, String article, String paragraph, String subparagraph) {
        StringBuilder sb = new StringBuilder(instrument(instrument)).append("/art/").append(article);
        if (paragraph != null) {
            sb.append("/para/").append(paragraph);
        }
        if (subparagraph != null) {
            sb.append("/subpara/").append(subparagraph);
        }
        return sb.toString();
    }

    public static String chapter(String instrument, String roman) {
        return instrument(instrument) + "/chap/" + roman;
    }

    /** A numbered paragraph of a declaration or plan: {@code instrument/SALVADOR/para/23}. */
    public static String instrumentParagraph(String instrument, String paragraph) {
        return instrument(instrument) + "/para/" + paragraph;
    }

    /** A provision by its path of unit/value pairs: {@code (UNTOC, [art, 7, para, 1])} → {@code instrument/UNTOC/art/7/para/1}. */
    public static String provision(String instrument, java.util.List<String> path) {
        StringBuilder sb = new StringBuilder(instrument(instrument));
        for (String p : path) {
            sb.append('/').append(p);
        }
        return sb.toString();
    }

    /** The next larger unit of a provision IRI ({@code …/art/7/para/1} → {@code …/art/7}); the instrument for an article. */
    public static String provisionParent(String provisionIri) {
        String rest = provisionIri.substring((ID + "instrument/").length());
        String[] parts = rest.split("/");
        if (parts.length < 3) {
            return null;
        }
        return ID + "instrument/" + String.join("/", java.util.Arrays.copyOf(parts, parts.length - 2));
    }

    public static String verb(String code) {
        return ID + "verb/" + code;
    }

    public static String topic(String code) {
        return ID + "topic/" + code;
    }

    /** A mandate node: one per (paragraph, verb, addressee). */
    public static String mandate(String paragraphIri, String verbCode, String addresseeIri) {
        return paragraphIri + "/mandate/" + verbCode + "/" + addresseeIri.substring(addresseeIri.lastIndexOf('/', addresseeIri.lastIndexOf('/') - 1) + 1).replace('/', '-');
    }

    /** A citation evidence node in a paragraph, numbered in reading order. */
    /** The {@code n}th citation printed in a paragraph of one language version (the citation's occurrence). */
    public static String citation(String paragraphIri, String language, int n) {
        return paragraphIri + "/citation/" + language + "/" + n;
    }

    /** {@code 66 / 177} → {@code 66/177}; {@code 1373 (2001)} → {@code 1373}. */
    public static String cleanNumber(String number) {
        return number.replaceAll("\\s+", "").replaceAll("\\(\\d{4}\\)$", "");
    }
}
