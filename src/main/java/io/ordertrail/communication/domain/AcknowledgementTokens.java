package io.ordertrail.communication.domain;

import io.ordertrail.platform.Sha256;
import io.ordertrail.platform.i18n.Phrase;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The customer's acknowledgement link: an unguessable, signed, expiring token naming one communication and its
 * order. Signed with HMAC-SHA256 under a secret only the server knows; anything forged, altered or expired is
 * refused with the reason.
 */
public final class AcknowledgementTokens {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Pattern PAYLOAD = Pattern.compile("(\\d{1,19})\\|([A-Z0-9-]{1,20})\\|(\\d{1,19})");

    private final byte[] secret;

    public AcknowledgementTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The signing secret must have at least 256 bits");
        }
        this.secret = secret.clone();
    }

    public String issue(long communicationId, String orderNumber, Instant expiresAt) {
        String payload = communicationId + "|" + orderNumber + "|" + expiresAt.getEpochSecond();
        return ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + ENCODER.encodeToString(sign(payload));
    }

    /** What the token names, or why it is refused. */
    public Verdict verify(String token, Instant now) {
        if (token == null || token.length() > 300 || token.indexOf('.') < 1) {
            return Verdict.refused(Phrase.of("link.incomplete"));
        }
        String[] parts = token.split("\\.", -1);
        byte[] payloadBytes;
        byte[] signature;
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            payloadBytes = DECODER.decode(parts[0]);
            signature = DECODER.decode(parts[1]);
        } catch (IllegalArgumentException e) {
            return Verdict.refused(Phrase.of("link.invalid"));
        }
        String payload = new String(payloadBytes, StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            return Verdict.refused(Phrase.of("link.altered"));
        }
        var matcher = PAYLOAD.matcher(payload);
        if (!matcher.matches()) {
            return Verdict.refused(Phrase.of("link.invalid"));
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(matcher.group(3)));
        if (!now.isBefore(expiresAt)) {
            return Verdict.refused(Phrase.of("link.expired"));
        }
        return new Verdict(
                Optional.of(new Claims(Long.parseLong(matcher.group(1)), matcher.group(2), expiresAt)), null);
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The communication and order a genuine token names. */
    public record Claims(long communicationId, String orderNumber, Instant expiresAt) {}

    /** Either the claims of a genuine token, or the reason it is refused. */
    public record Verdict(Optional<Claims> claims, Phrase refusal) {
        static Verdict refused(Phrase reason) {
            return new Verdict(Optional.empty(), reason);
        }

        public boolean isGenuine() {
            return claims.isPresent();
        }
    }

    /** The SHA-256 of a token, in hex: what is stored of it. */
    public static String hash(String token) {
        return Sha256.hex(token);
    }
}
