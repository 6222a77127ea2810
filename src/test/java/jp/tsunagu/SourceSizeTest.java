package jp.tsunagu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No source file grows past 300 lines: past that it does more than one thing, and a newcomer loses the thread. */
class SourceSizeTest {

    static final int MAX_LINES = 300;

    @Test
    void no_main_source_file_is_over_300_lines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            over = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(over).as("files over %d lines", MAX_LINES).isEmpty();
    }

    @Test
    void no_message_bundle_is_over_300_lines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            over = files.filter(p -> p.toString().endsWith(".properties"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> p + " (" + lines(p) + " lines)")
                    .sorted()
                    .toList();
        }
        assertThat(over).as("bundles over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
