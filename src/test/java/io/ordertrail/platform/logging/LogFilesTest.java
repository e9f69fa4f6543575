package io.ordertrail.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ordertrail.platform.Jsons;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @TempDir
    Path directory;

    @Test
    void filesRotateAtTheirSizeAndTheOldestIsDropped() throws IOException {
        Handler handler = LogFiles.open(directory, "ordertrail-8080", 4_096, 3);
        try {
            for (int i = 0; i < 200; i++) {
                handler.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(100)));
            }
        } finally {
            handler.close();
        }

        List<String> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files)
                .containsExactly("ordertrail-8080-0.jsonl", "ordertrail-8080-1.jsonl", "ordertrail-8080-2.jsonl");
        // oldest file first: the lines kept run on without a gap up to the last one written, the first ones are gone
        List<Integer> kept = new java.util.ArrayList<>();
        for (String file :
                files.stream().sorted(java.util.Comparator.reverseOrder()).toList()) {
            assertThat(Files.size(directory.resolve(file))).isLessThanOrEqualTo(4_096 + 200); // a line past the size
            for (String line : Files.readAllLines(directory.resolve(file))) {
                kept.add(Integer.valueOf(Jsons.parse(line).getString("message").split(" ")[1]));
            }
        }
        assertThat(kept).isNotEmpty().doesNotContain(0);
        assertThat(kept.get(kept.size() - 1)).isEqualTo(199);
        for (int i = 1; i < kept.size(); i++) {
            assertThat(kept.get(i)).isEqualTo(kept.get(i - 1) + 1);
        }
    }

    @Test
    void settingsThatCannotWorkAreRefusedWithWhatToCorrect() {
        assertThatThrownBy(() -> LogFiles.open(directory, "../etc/passwd", 4_096, 3))
                .hasMessageContaining("ordertrail.log.name=../etc/passwd")
                .hasMessageContaining("Correct them");
        assertThatThrownBy(() -> LogFiles.open(directory, "ordertrail", 4_096, 0))
                .hasMessageContaining("ordertrail.log.file-count=0");
    }
}
