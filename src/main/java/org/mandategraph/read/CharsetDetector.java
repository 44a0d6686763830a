package org.mandategraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

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
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
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
                in.position(Math.min(in.limit(), in.position() + r.length()));
            } else if (r.isUnderflow()) {
                break;
            }
        }
        if (first < 0) {
            return "";
        }
        boolean atEnd = first >= bytes.length - 3;
        return "not valid UTF-8 from byte " + first + " (" + bad + (bad == 1 ? " bad sequence" : " bad sequences")
                + (atEnd ? ", at the very end: the file looks cut mid-character" : "") + ")";
    }

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return out.toString();
    }
}
