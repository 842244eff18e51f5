package ru.knmc.innonet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.contest.DecisionService;
import ru.knmc.innonet.contest.ReviewService;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;

/** The contest's commands on the demo database, as a script would run them (and {@code report defense}). */
class ContestCommandLineTest {
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

    private static List<Integer> scoresOfFirstReview() {
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            ReviewService reviews = new ReviewService(d.dsl());
            return reviews.sheet(reviews.list(1).get(0).reviewId()).scores().values().stream().sorted().toList();
        }
    }

    @Test
    void listContests() {
        Cli.Result r = run("list", "contests");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("XVI").contains("2017–2018").contains("10");
    }

    @Test
    void sheetsGoOutAndComeBackAllOrNothing() throws Exception {
        Path out = home.resolve("sheets");
        Cli.Result sheets = run("contest", "sheets", "--contest", "1", "--out", out.toString());
        assertThat(sheets.status()).as(sheets.err()).isZero();
        assertThat(sheets.out()).contains("Записано файлов экспертов: 11");
        List<Integer> before = scoresOfFirstReview();

        // Every sheet of the first file filled with zeros; a copy of another file makes the folder refused.
        Path first;
        try (Stream<Path> s = Files.list(out)) {
            first = s.sorted().findFirst().orElseThrow();
        }
        try (InputStream in = Files.newInputStream(first); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (int i = 1; i < wb.getNumberOfSheets(); i++) {
                for (int r = 5; r < 12; r++) {
                    wb.getSheetAt(i).getRow(r).getCell(4).setCellValue(0);
                }
            }
            try (OutputStream os = Files.newOutputStream(first)) {
                wb.write(os);
            }
        }
        Path copy = out.resolve("copy.xlsx");
        Files.copy(first, copy);
        Cli.Result refused = run("contest", "collect", "--contest", "1", out.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("Ничего не записано").contains("уже встречался");
        assertThat(scoresOfFirstReview()).isEqualTo(before);

        Files.delete(copy);
        Cli.Result dry = run("contest", "collect", "--contest", "1", out.toString(), "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("баллы изменятся").contains("--dry-run");
        assertThat(scoresOfFirstReview()).isEqualTo(before);

        Cli.Result real = run("contest", "collect", "--contest", "1", out.toString());
        assertThat(real.status()).as(real.err()).isZero();
        assertThat(real.out()).contains("Загружено листов: 27");

        Path xlsx = home.resolve("results.xlsx");
        Cli.Result results = run("contest", "results", "--contest", "1", "--out", xlsx.toString());
        assertThat(results.status()).as(results.err()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Рейтинг").getLastRowNum()).isEqualTo(2 + 9);
            assertThat(wb.getSheet("Баллы экспертов").getLastRowNum()).isEqualTo(2 + 27);
        }
    }

    @Test
    void draftOrderAndProtocol() throws Exception {
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            new DecisionService(d.dsl()).decideFromRanking(1);
        }
        Path order = home.resolve("order.docx");
        Cli.Result r = run("report", "order", "--contest", "1", "--out", order.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(order); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText().replace('\u00A0', ' ');
            assertThat(text).contains("О присвоении статуса муниципальной инновационной площадки")
                    .contains("с 01.09.2018 по 31.08.2021").contains("Детский сад № 175")
                    .contains("Ранняя профориентация");
        }
        Path protocol = home.resolve("protocol.docx");
        Cli.Result p = run("report", "contest-protocol", "--contest", "1", "--out", protocol.toString(), "--date", "22.12.2017");
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(run("report", "contest-protocol", "--contest", "1", "--out", protocol.toString(), "--date", "32.13.2017")
                .err()).contains("не дата");
        assertThat(run("report", "order", "--contest", "99", "--out", order.toString()).status()).isEqualTo(1);
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
