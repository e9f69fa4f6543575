package io.ordertrail.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new or changed password must be: at least {@value #MIN_LENGTH} characters (a passphrase is best), at most
 * {@value #MAX_LENGTH}, not the user name, and not one of the passwords people pick most often.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** What is wrong with the password, said so the person can fix it; empty when it will do. */
    public static Optional<String> problemWith(String username, char[] password) {
        String candidate = new String(password);
        if (candidate.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters (it has " + candidate.length()
                    + "); a few unrelated words make a good one.");
        }
        if (candidate.length() > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        String lower = candidate.toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use the user name in the password.");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!.?]+$", ""))) {
            return Optional.of("That is one of the passwords people pick most often; choose another.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords could not be read", e);
        }
    }
}
