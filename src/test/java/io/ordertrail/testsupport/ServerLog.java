package io.ordertrail.testsupport;

import io.ordertrail.platform.Jsons;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the servers the tests started wrote about one request, from their JSON log files under the tests' data
 * directory: so that a test that gets an unexpected answer can say why in its failure message, where a CI run shows
 * it, instead of only "expected 201 but was 500".
 */
public final class ServerLog {

    private static final Set<String> TROUBLE = Set.of("SEVERE", "WARNING");
    private static final int CAUSES = 6;

    private ServerLog() {}

    /** The warnings and errors logged while the request with this id was handled, one short paragraph each. */
    public static String troubleWith(String requestId) {
        if (requestId == null || System.getProperty("ordertrail.itDataDir") == null) {
            return "";
        }
        return logFiles().stream()
                .flatMap(ServerLog::lines)
                .filter(line -> line.contains(requestId))
                .map(Jsons::parse)
                .filter(entry -> requestId.equals(entry.getString("requestId", null))
                        && TROUBLE.contains(entry.getString("level", "")))
                .map(ServerLog::paragraph)
                .collect(Collectors.joining("\n"));
    }

    /**
     * The servers' JSON log files, three levels down at most. The browsers' profiles are in the same directory, and a
     * running browser adds and removes files there while this looks: those are not gone into, and a file that goes
     * while it is being looked at is passed over.
     */
    private static List<Path> logFiles() {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(ItEnvironment.dataDir(), Set.of(), 3, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return dir.getFileName().toString().startsWith(Browser.PROFILE_PREFIX)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (file.getFileName().toString().endsWith(".jsonl")) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the servers' logs under " + ItEnvironment.dataDir(), e);
        }
        return found;
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (NoSuchFileException rotatedAway) {
            return Stream.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the server log " + file, e);
        }
    }

    private static String paragraph(JsonObject entry) {
        StringBuilder text = new StringBuilder()
                .append(entry.getString("level"))
                .append(' ')
                .append(entry.getString("logger", ""))
                .append(": ")
                .append(entry.getString("message", ""));
        String trace = entry.getString("stackTrace", null);
        if (trace != null) {
            List<String> causes = trace.lines()
                    // the exception and its causes, without their frames
                    .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
                    .limit(CAUSES)
                    .toList();
            text.append('\n').append(String.join("\n", causes));
        }
        return text.toString();
    }
}
