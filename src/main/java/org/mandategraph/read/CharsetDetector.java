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

    private static String strict(Charset cs, byte[] bytes, int offset) throws CharacterCodingException {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return out.toString();
    }
}
