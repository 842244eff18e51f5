package ru.knmc.innonet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.Messages;

/**
 * Every key the code asks the bundle for exists, and no Russian text is written into Java code outside
 * the bundle. Fails with a paste-ready list.
 */
class MessagesConsistencyTest {
    private static final Pattern KEY = Pattern.compile("Messages\\.get\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
    private static final Pattern CYRILLIC_LITERAL = Pattern.compile("\"[^\"]*[А-Яа-яЁё][^\"]*\"");
    private static final List<Path> SOURCES = List.of(Path.of("src/main/java"), Path.of("../reports/src/main/java"),
            Path.of("../data-model/src/main/java"));

    @Test
    void everyKeyUsedInCodeIsInTheBundle() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path root : SOURCES) {
            for (Path file : javaFiles(root)) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    if (!Messages.has(m.group(1))) {
                        missing.add(m.group(1) + "=");
                    }
                }
            }
        }
        assertThat(missing).as("keys to add to messages_ru.properties").isEmpty();
    }

    @Test
    void noRussianLiteralsInCodeOutsideInputVocabulary() throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path root : SOURCES) {
            for (Path file : javaFiles(root)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("InputVocabulary\n") || text.contains("@InputVocabulary")) {
                    continue; // words the program recognises in imported files and in the search box
                }
                int line = 0;
                for (String l : text.split("\n")) {
                    line++;
                    String code = l.strip();
                    // picocli takes parameter labels («ФАЙЛ») only as constants in its annotations
                    if (code.startsWith("*") || code.startsWith("//") || code.startsWith("/*")
                            || code.startsWith("@Option") || code.startsWith("@Parameters") || code.startsWith("defaultValue")) {
                        continue;
                    }
                    if (CYRILLIC_LITERAL.matcher(l).find()) {
                        found.add(root.relativize(file) + ":" + line + ": " + code);
                    }
                }
            }
        }
        assertThat(found).as("Russian text belongs in messages_ru.properties").isEmpty();
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
