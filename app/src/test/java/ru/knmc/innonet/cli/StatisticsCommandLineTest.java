package ru.knmc.innonet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.event.EventRow;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.statistics.Segment;
import ru.knmc.innonet.statistics.VisitStatsService;

/** The statistics commands end to end on the demo database: exit status, messages, files and the database after. */
class StatisticsCommandLineTest {
    @TempDir
    static Path home;
    static String db;

    private static Cli.Result run(String... args) {
        return Cli.run(home, args);
    }

    @BeforeAll
    static void demo() {
        db = home.resolve("db").toString();
        Cli.Result r = run("--db", db, "demo");
        assertThat(r.status()).as(r.err()).isZero();
    }

    private static Database open() {
        return Database.open(DatabaseLocation.parse(db, null, null));
    }

    @Test
    void chartListNamesEveryChartAndVisitsIsWrittenAsPng(@TempDir Path dir) throws Exception {
        Cli.Result list = run("--db", db, "chart", "--list");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("visits", "visits-monthly", "participants-kind", "publications", "infrastructure",
                "indicators", "Посещаемость сайтов по годам");
        for (String chart : new String[] {"visits", "participants-municipality", "indicators"}) {
            Path png = dir.resolve(chart + ".png");
            Cli.Result r = run("--db", db, "chart", chart, "--year", "2017", "--out", png.toString());
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(Files.size(png)).isGreaterThan(5_000);
        }
        Cli.Result unknown = run("--db", db, "chart", "visitors", "--year", "2017", "--out", dir.resolve("x.png").toString());
        assertThat(unknown.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(unknown.err()).contains("«visitors»").contains("visits-monthly");
    }

    @Test
    void aChartIsWrittenAsSvgWithItsFiltersAndAFilterItDoesNotUseIsRefused(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("visits-preschool.svg");
        Cli.Result r = run("--db", db, "chart", "visits", "--year", "2017", "--years", "2", "--segment", "PRESCHOOL",
                "--resource", "Виртуальный методический кабинет", "--out", svg.toString());
        assertThat(r.status()).as(r.err()).isZero();
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml").contains("<svg").contains("Посещаемость сайтов по годам")
                .contains("Дошкольное образование").contains("154").contains("2016").doesNotContain(">2015<");
        javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        Path infra = dir.resolve("infra.png");
        Cli.Result city = run("--db", db, "chart", "infrastructure", "--year", "2017", "--municipality", "Краснодар",
                "--out", infra.toString());
        assertThat(city.status()).as(city.err()).isZero();
        assertThat(Files.size(infra)).isGreaterThan(5_000);
        Cli.Result unused = run("--db", db, "chart", "publications", "--year", "2017", "--segment", "GENERAL",
                "--out", dir.resolve("p.png").toString());
        assertThat(unused.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(unused.err()).contains("--segment").contains("«publications»").contains("--years");
        Cli.Result nowhere = run("--db", db, "chart", "infrastructure", "--year", "2017", "--municipality", "Атлантида",
                "--out", dir.resolve("n.png").toString());
        assertThat(nowhere.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(nowhere.err()).contains("Атлантида");
        assertThat(run("--db", db, "chart", "--list").out()).contains("--municipality");
    }

    @Test
    void aChartOverAPeriodOfMonthsOrAnAcademicYearAndFromOneMunicipality(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("events.png");
        Cli.Result events = run("--db", db, "chart", "events-monthly", "--from", "2017-09", "--to", "2018-08", "--out", png.toString());
        assertThat(events.status()).as(events.err()).isZero();
        assertThat(Files.size(png)).isGreaterThan(5_000);
        Path svg = dir.resolve("events.svg");
        Cli.Result range = run("--db", db, "chart", "events-monthly", "--from", "2017-11", "--to", "2018-03", "--out", svg.toString());
        assertThat(range.status()).as(range.err()).isZero();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("ноябрь 2017 — март 2018").contains("нояб. 2017")
                .contains("март 2018").doesNotContain("апр. 2018");
        Path kind = dir.resolve("kind.svg");
        Cli.Result city = run("--db", db, "chart", "participants-kind", "--academic-year", "2017-2018", "--municipality", "Краснодар",
                "--out", kind.toString());
        assertThat(city.status()).as(city.err()).isZero();
        assertThat(Files.readString(kind, StandardCharsets.UTF_8)).contains("2017–2018 учебный год (сентябрь 2017 — август 2018)")
                .contains("Краснодар");
        assertThat(run("--db", db, "chart", "--list").out()).contains("--municipality --from --to --academic-year");
    }

    @Test
    void aPeriodIsRefusedForAChartWithoutOneAndABadRangeNamesItsOption(@TempDir Path dir) {
        String out = dir.resolve("x.png").toString();
        assertThat(refused("publications", "--from", "2017-09", "--to", "2018-08", "--out", out))
                .contains("--from").contains("«publications»");
        assertThat(refused("visits-segments", "--academic-year", "2017", "--out", out))
                .contains("--academic-year").contains("«visits-segments»");
        assertThat(refused("events-monthly", "--from", "2018-05", "--to", "2017-09", "--out", out))
                .contains("--from 2018-05 --to 2017-09").contains("май 2018").contains("позже");
        assertThat(refused("events-monthly", "--from", "2014-01", "--to", "2018-01", "--out", out))
                .contains("--from 2014-01").contains("49").contains("36");
        assertThat(refused("events-monthly", "--from", "2017-13", "--to", "2018-02", "--out", out))
                .contains("--from 2017-13").contains("ГГГГ-ММ");
        assertThat(refused("events-monthly", "--from", "2017-09", "--out", out)).contains("--from").contains("без --to");
        assertThat(refused("events-monthly", "--year", "2017", "--from", "2017-09", "--to", "2018-08", "--out", out))
                .contains("--year").contains("--academic-year");
        assertThat(refused("events-monthly", "--year", "2017", "--municipality", "Краснодар", "--out", out))
                .contains("--municipality").contains("«events-monthly»");
        assertThat(dir.resolve("x.png")).doesNotExist();
    }

    /** Runs {@code innonet chart ARGS}, expects exit 1 and returns the message. */
    private static String refused(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = db;
        all[2] = "chart";
        System.arraycopy(args, 0, all, 3, args.length);
        Cli.Result r = run(all);
        assertThat(r.status()).as(r.err()).isEqualTo(InnonetCommand.BAD_INPUT);
        return r.err();
    }

    @Test
    void thePublicationsChartIsNarrowedToOneOutlet(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("panorama.svg");
        Cli.Result r = run("--db", db, "chart", "publications", "--year", "2017", "--outlet", "Панорама образования",
                "--out", svg.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("Номера: «Панорама образования»")
                .contains("2013–2017 годы · Панорама образования").doesNotContain("Наша новая школа");
        Cli.Result unknown = run("--db", db, "chart", "publications", "--year", "2017", "--outlet", "Вестник",
                "--out", dir.resolve("x.png").toString());
        assertThat(unknown.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(unknown.err()).contains("«Вестник»").contains("Панорама образования");
        Cli.Result unused = run("--db", db, "chart", "visits", "--year", "2017", "--outlet", "Панорама образования",
                "--out", dir.resolve("y.png").toString());
        assertThat(unused.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(unused.err()).contains("--outlet");
    }

    @Test
    void importVisitsDryRunWritesNothingAndTheRealRunReplacesTheOverlap(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("visits_2018-06-01_2018-06-30.csv");
        Files.writeString(file, "\uFEFF\"Дата визита\",\"Визиты\",\"Посетители\",\"Просмотры\"\n"
                + "\"Итого и средние\",\"100\",\"60\",\"400\"\n\"2018-06-01\",\"40\",\"30\",\"150\"\n\"2018-06-02\",\"60\",\"35\",\"250\"\n",
                StandardCharsets.UTF_8);
        Cli.Result dry = run("--db", db, "import", "visits", file.toString(), "--resource", "Инновационная инфраструктура", "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("--dry-run").contains("01.06.2018 — 30.06.2018");
        try (Database d = open()) {
            assertThat(new VisitStatsService(d.dsl()).monthly(null, 2018).get(6).visits()).isEqualTo(2100);
        }
        Cli.Result real = run("--db", db, "import", "visits", file.toString(), "--resource", "Инновационная инфраструктура");
        assertThat(real.status()).as(real.err()).isZero();
        assertThat(real.out()).contains("Остаётся без изменений: 01.01.2018 — 31.12.2018");
        try (Database d = open()) {
            VisitStatsService v = new VisitStatsService(d.dsl());
            // the June month row is replaced by the file's days; the year's totals hold June and are kept
            assertThat(v.monthly(null, 2018).get(6).visits()).isEqualTo(100);
            assertThat(v.yearly(null, 2018, Segment.ALL).visits()).isEqualTo(47390);
        }
        Cli.Result missing = run("--db", db, "import", "visits", file.toString(), "--resource", "Нет такого");
        assertThat(missing.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(missing.err()).contains("Нет такого").contains("Инновационная инфраструктура");
    }

    @Test
    void importParticipantsDerivesTheCountsFromTheList(@TempDir Path dir) throws Exception {
        long event;
        try (Database d = open()) {
            event = new EventService(d.dsl()).events(2018).stream().filter(e -> e.title().startsWith("Круглый стол"))
                    .findFirst().orElseThrow().id();
        }
        Path file = dir.resolve("list.csv");
        Files.writeString(file, "ФИО;Организация;Должность;Муниципалитет\nИванова Анна Петровна;МБОУ гимназия № 25;учитель;Краснодар\n"
                + "Петров Пётр Ильич;МБОУ лицей № 48;директор;Краснодар\nиванова анна петровна;МБОУ гимназия № 25;учитель;Краснодар\n",
                StandardCharsets.UTF_8);
        Cli.Result r = run("--db", db, "import", "participants", file.toString(), "--event", String.valueOf(event));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Повтор пропущен: строка 4");
        Cli.Result events = run("--db", db, "list", "events", "--year", "2018");
        assertThat(events.out()).containsPattern(event + "\\s+25\\.10\\.2018\\s+круглый стол\\s+Муниципальный\\s+2\\s+Круглый стол");
        try (Database d = open()) {
            EventRow row = new EventService(d.dsl()).events(2018).stream().filter(e -> e.id() == event).findFirst().orElseThrow();
            assertThat(row.participants()).isEqualTo(2);
            assertThat(row.namedList()).isTrue();
        }
        Cli.Result noEvent = run("--db", db, "import", "participants", file.toString(), "--event", "99999");
        assertThat(noEvent.status()).isEqualTo(InnonetCommand.BAD_INPUT);
        assertThat(noEvent.err()).contains("list events");
    }

    @Test
    void exportStatisticsWritesTheYearsFiguresAsNumbers(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stat.xlsx");
        Cli.Result r = run("--db", db, "export", "statistics", "--year", "2017", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(out); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Посещаемость");
            var sheet = wb.getSheetAt(0);
            boolean found = false;
            for (var row : sheet) {
                if (row.getCell(0) != null && "2016".equals(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(row.getCell(0)))) {
                    assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(4239);
                    found = true;
                    break;
                }
            }
            assertThat(found).isTrue();
        }
    }
}
