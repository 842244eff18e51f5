package ru.knmc.innonet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code innonet report defense}: the order of presentations of the demo contest in Word. */
class DefenseCommandLineTest {
    @TempDir
    static Path home;
    static String db;

    private static Cli.Result run(String... args) {
        return Cli.onDatabase(home, db, args);
    }

    @BeforeAll
    static void demo() {
        db = home.resolve("db").toString();
        assertThat(run("demo").status()).isZero();
    }

    @Test
    void theDefenseOrderIsWrittenPerSubsystem() throws Exception {
        Path out = home.resolve("defense.docx");
        Cli.Result r = run("report", "defense", "--contest", "1", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        // nine of the ten demo applications are admitted: the tenth was returned for correction
        assertThat(r.out()).contains("выступлений: 9");
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertThat(x.getText().replace('\u00A0', ' ')).contains("Порядок выступлений участников XVI конкурса")
                    .contains("Дошкольное образование").contains("Общее образование")
                    .contains("Дополнительное образование").contains("МБОУ гимназия № 18");
        }
        assertThat(run("report", "defense", "--contest", "99", "--out", out.toString()).status()).isEqualTo(1);
    }
}
