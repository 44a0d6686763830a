package org.mandategraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes bytes of a Chinese UN text: a byte-order mark decides (UTF-8, UTF-16LE/BE); otherwise strict UTF-8
 * is tried and, when the bytes are not valid UTF-8, GB18030 (a superset of GBK and GB2312).
 */
public final class CharsetDetector {
    public static final Charset GB18030 = Charset.forName("GB18030");

    private CharsetDetector() {
    }

    /** The decoded text without BOM and the charset that decoded it. */
    public record Decoded(String text, Charset charset) {
    }

    public static Decoded decode(byte[] bytes) throws CharacterCodingException {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2), StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2), StandardCharsets.UTF_16BE);
        }
        try {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            return new Decoded(strict(GB18030, bytes, 0), GB18030);
        }
    }

    /**
     * Where bytes that were neither UTF-8 nor GB18030 go wrong as UTF-8 (the usual case: a UTF-8 file cut
     * mid-character or with a few damaged bytes): the offset of the first bad byte and how many bad sequences there
     * are, for a message a user can act on.
     */
    public static String whereUtf8Fails(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
        Repaired r = replacing(StandardCharsets.UTF_8, bytes, offset);
        return r.badSequences() == 0 ? "" : r.describe();
    }

    /**
     * A decoding that replaced bad byte sequences with U+FFFD, for a file cut mid-character or with a few damaged
     * bytes: the rest of its text is worth reading, and the user is told where the damage is.
     *
     * @param firstBadByte offset in the file of the first byte that did not decode
     */
    public record Repaired(Decoded decoded, long firstBadByte, int badSequences, boolean atEnd) {
        /** One line for a warning: where, how much, and what it looks like. */
        public String describe() {
            return "not valid " + decoded.charset().name() + " from byte " + firstBadByte + " (" + badSequences
                    + (badSequences == 1 ? " bad sequence" : " bad sequences")
                    + (atEnd ? ", at the very end: the file looks cut mid-character" : "") + ")";
        }
    }

    /**
     * How many bad sequences a file may hold and still be read as damaged text rather than refused as text in some
     * other encoding: a few, and one more per thousand bytes. Text in an encoding we do not read (Big5, Shift-JIS,
     * Latin-1) fails on most of its non-ASCII characters, far above this.
     */
    static int tolerance(int length) {
        return 8 + length / 1000;
    }

    /**
     * The text of bytes that {@link #decode} refused, with each bad sequence replaced by U+FFFD, when the damage is
     * small: in the charset the byte-order mark names, else UTF-8, else GB18030 (UTF-8 first, since nearly any
     * byte string is some GB18030 text and mojibake is worse than a replacement character). Empty when every
     * candidate has more damage than {@link #tolerance}.
     */
    public static java.util.Optional<Repaired> repair(byte[] bytes) {
        List<Charset> candidates;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            candidates = List.of(StandardCharsets.UTF_8);
            offset = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            candidates = List.of(StandardCharsets.UTF_16LE);
            offset = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            candidates = List.of(StandardCharsets.UTF_16BE);
            offset = 2;
        } else {
            candidates = List.of(StandardCharsets.UTF_8, GB18030);
        }
        for (Charset cs : candidates) {
            Repaired r = replacing(cs, bytes, offset);
            if (r.badSequences() <= tolerance(bytes.length)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }

    private static Repaired replacing(Charset cs, byte[] bytes, int offset) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        long first = -1;
        int bad = 0;
        while (true) {
            java.nio.charset.CoderResult r = dec.decode(in, out, true);
            if (r.isError()) {
                if (first < 0) {
                    first = in.position();
                }
                bad++;
                out.put('\uFFFD');
                in.position(Math.min(in.limit(), in.position() + r.length()));
            } else if (r.isUnderflow()) {
                break;
            } else {
                throw new IllegalStateException("decoded text longer than its bytes");
            }
        }
        dec.flush(out);
        out.flip();
        return new Repaired(new Decoded(out.toString(), cs), first, bad, first >= bytes.length - 3);
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return out.toString();
    }
}
