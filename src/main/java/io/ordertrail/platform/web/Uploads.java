package io.ordertrail.platform.web;

import io.ordertrail.platform.i18n.Phrase;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Reading files staff upload. */
public final class Uploads {

    private Uploads() {}

    /**
     * An uploaded CSV file's text.
     *
     * @throws io.ordertrail.platform.InputRejected when it is not UTF-8 text, saying how to save it
     */
    public static String csvText(byte[] content) {
        return utf8Text(content)
                .orElseThrow(
                        () -> io.ordertrail.platform.InputRejected.because("file", Phrase.of("problem.file.notUtf8")));
    }

    /** The file's text when it is UTF-8; empty when it is not text in UTF-8 (never a garbled string). */
    public static Optional<String> utf8Text(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
