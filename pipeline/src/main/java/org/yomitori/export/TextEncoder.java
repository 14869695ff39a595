package org.yomitori.export;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Encodes an endpoint's text in its character set with a {@link CharsetEncoder} that REPORTs
 * characters it cannot hold (外字, 𠮷 in Shift_JIS, 髙 in JIS X 0208 Shift_JIS) instead of replacing
 * them with '?', so a value is never silently mangled.
 */
final class TextEncoder {
    private final Charset charset;

    TextEncoder(Charset charset) {
        this.charset = charset;
    }

    Charset charset() {
        return charset;
    }

    /** The 1-based position (in characters as people count them) of the first one the charset cannot hold. */
    OptionalInt firstUnencodable(String text) {
        CharsetEncoder encoder = encoder();
        int position = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            position++;
            String one = new String(Character.toChars(text.codePointAt(i)));
            if (Character.isSurrogate(text.charAt(i)) && !Character.isSupplementaryCodePoint(text.codePointAt(i))
                    || !encoder.canEncode(one)) {
                return OptionalInt.of(position);
            }
        }
        return OptionalInt.empty();
    }

    /** Encodes text already checked with {@link #firstUnencodable}; fails loudly if it was not. */
    byte[] encode(String text) {
        try {
            ByteBuffer bytes = encoder().encode(CharBuffer.wrap(text));
            return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset() + bytes.position(),
                    bytes.arrayOffset() + bytes.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("text was not checked before encoding in " + charset.name(), e);
        }
    }

    private CharsetEncoder encoder() {
        return charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
