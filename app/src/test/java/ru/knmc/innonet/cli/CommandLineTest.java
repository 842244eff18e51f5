package ru.knmc.innonet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.registry.RegistryColumn;

/**
 * {@code innonet …} end to end, as a script calls it: exit status, Russian messages on stdout and stderr,
 * the files written and the database left behind. The demo database is built once for the class.
 */
class CommandLineTest {
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String GOOD = String.join("\r\n", "Наименование;Тип;Район;Телефон;Статус;Приказ;Срок",
            "МБОУ СОШ № 23;СОШ;г. Краснодар;8 (861) 234-56-78;МИП;№ 1394 от 22.08.2017;2017–2020",
            "МАДОУ детский сад № 7 «Солнышко»;ДОО;Краснодар;;;;",
            "МБУ ДО ДДТ «Родник»;УДО;Выселковский район;;КИП;№ 15 от 01.09.2018;2018-2021") + "\r\n";

    @TempDir
    static Path home;
    static String demoDb;

    private static Cli.Result run(String... args) {
        return Cli.run(home, args);
    }

    @BeforeAll
    static void demo() {
        demoDb = home.resolve("db").toString();
        Cli.Result r = run("--db", demoDb, "demo");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Демонстрационные данные загружены");
    }

    private static Database open(String db) {
        return Database.open(DatabaseLocation.parse(db, null, null));
    }

    /** Column A of the data rows below the header row (the one whose first cell is the short-name title). */
    private static List<String> exportedNames(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int header = -1;
            List<String> names = new ArrayList<>();
            for (Row row : sheet) {
                String a = row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue();
                if (header >= 0) {
                    names.add(a);
                } else if (a.equals(RegistryColumn.SHORT_NAME.title())) {
                    header = row.getRowNum();
                }
            }
            assertThat(header).as("header row in " + file).isBetween(0, 2);
            return names;
        }
    }

    @Test
    void demoIntoAFilledDatabaseIsRefused() {
        Cli.Result r = run("--db", demoDb, "demo");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.err()).contains("уже содержит организации").contains("--db");
    }

    @Test
    void exportRegistryHasEveryOrganization() throws IOException {
        Path file = home.resolve("реестр.xlsx");
        Cli.Result r = run("--db", demoDb, "export", "registry", "--out", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Записано строк: 155");
        try (Database db = open(demoDb)) {
            assertThat(db.dsl().fetchCount(ORGANIZATION)).isEqualTo(155);
            assertThat(exportedNames(file)).hasSize(db.dsl().fetchCount(ORGANIZATION, ORGANIZATION.ARCHIVED.isFalse()));
        }
    }

    @Test
    void exportRegistryOfOneStatusInOneYear() throws IOException {
        Path file = home.resolve("мсип.xlsx");
        Cli.Result r = run("--db", demoDb, "export", "registry", "--out", file.toString(), "--year", "2018-2019",
                "--status", "MSIP");
        assertThat(r.status()).as(r.err()).isZero();
        Set<String> expected;
        try (Database db = open(demoDb)) {
            expected = new TreeSet<>(db.dsl().selectDistinct(ORGANIZATION.SHORT_NAME).from(STATUS_ASSIGNMENT)
                    .join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                    .join(ORGANIZATION).on(ORGANIZATION.ID.eq(STATUS_ASSIGNMENT.ORGANIZATION_ID))
                    .where(STATUS_KIND.CODE.eq("MSIP").and(ORGANIZATION.ARCHIVED.isFalse())
                            .and(STATUS_ASSIGNMENT.START_DATE.le(LocalDate.of(2019, 8, 31)))
                            .and(STATUS_ASSIGNMENT.END_DATE.isNull()
                                    .or(STATUS_ASSIGNMENT.END_DATE.ge(LocalDate.of(2018, 9, 1)))))
                    .fetch(ORGANIZATION.SHORT_NAME));
        }
        List<String> names = exportedNames(file);
        assertThat(expected).isNotEmpty();
        assertThat(names).hasSize(expected.size());
        assertThat(new TreeSet<>(names)).isEqualTo(expected);
    }

    @Test
    void exportOverview() throws IOException {
        Path file = home.resolve("обзор.xlsx");
        Cli.Result r = run("--db", demoDb, "export", "overview", "--year", "2017-2018", "--out", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            assertThat(Stream.iterate(0, i -> i + 1).limit(wb.getNumberOfSheets()).map(wb::getSheetName))
                    .containsExactly("Инфраструктура", "По видам статуса", "Доля ОО");
        }
    }

    @Test
    void wrongUsageIsStatusTwoAndBadInputStatusOne() {
        Cli.Result noOut = run("--db", demoDb, "export", "registry");
        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.err()).contains("Неверный вызов: не указано обязательное: --out");
        Cli.Result unknown = run("--db", demoDb, "экспорт");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("неизвестная команда или параметр «экспорт»");
        Cli.Result noFile = run("--db", demoDb, "import", "organizations");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err()).contains("не указано обязательное: ФАЙЛ");
        Cli.Result year = run("--db", demoDb, "export", "registry", "--year", "20x8", "--out", home.resolve("x.xlsx").toString());
        assertThat(year.status()).isEqualTo(1);
        assertThat(year.err()).contains("Учебный год «20x8» не распознан: укажите его как 2018-2019.");
    }

    private static String counts(String db) {
        try (Database d = open(db)) {
            return d.dsl().selectFrom(ORGANIZATION).orderBy(ORGANIZATION.ID).fetch().formatCSV()
                    + d.dsl().fetchCount(STATUS_ASSIGNMENT);
        }
    }

    @Test
    void importDryRunThenRealThenRefusedThenUpdate() throws IOException {
        String db = home.resolve("import-db").toString();
        Path good = Files.writeString(home.resolve("good.csv"), GOOD, CP1251);
        Cli.Result dry = run("--db", db, "import", "organizations", good.toString(), "--dry-run");
        assertThat(dry.status()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("CSV, кодировка Windows-1251, разделитель «;»")
                .contains("Проверка (--dry-run), ничего не записано. Будет добавлено организаций: 3");
        String empty = counts(db);
        assertThat(empty).endsWith("0");

        Cli.Result real = run("--db", db, "import", "organizations", good.toString());
        assertThat(real.status()).as(real.err()).isZero();
        assertThat(real.out()).contains("Импорт выполнен. Добавлено организаций: 3, обновлено: 0, пропущено: 0; "
                + "статусов добавлено: 2.");
        String imported = counts(db);
        assertThat(imported).isNotEqualTo(empty);

        Path bad = Files.writeString(home.resolve("bad.csv"), GOOD + "МБОУ СОШ № 24;СОШ;Краснодар;;МИП;№ 1394;\r\n", CP1251);
        Cli.Result refused = run("--db", db, "import", "organizations", bad.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("Файл " + bad + " не импортирован, база не изменилась. Найдено проблем: 1")
                .contains("Строка 5, столбец «Приказ»: в приказе «№ 1394» нет даты");
        assertThat(counts(db)).isEqualTo(imported);

        Path changed = Files.writeString(home.resolve("changed.csv"), GOOD.replace("234-56-78", "999-00-11"), CP1251);
        Cli.Result skip = run("--db", db, "import", "organizations", changed.toString());
        assertThat(skip.out()).contains("Добавлено организаций: 0, обновлено: 0, пропущено: 3");
        assertThat(counts(db)).isEqualTo(imported);
        Cli.Result update = run("--db", db, "import", "organizations", changed.toString(), "--on-duplicate", "update");
        assertThat(update.status()).as(update.err()).isZero();
        assertThat(update.out()).contains("Добавлено организаций: 0, обновлено: 3, пропущено: 0");
        assertThat(counts(db)).contains("999-00-11").doesNotContain("234-56-78");
    }

    @Test
    void everyCommandWorksOnPostgresql() throws IOException {
        DatabaseLocation pg = TestDatabases.postgresLocation();
        String[] db = {"--db", pg.jdbcUrl(), "--db-user", pg.user(), "--db-password", pg.password()};
        Cli.Result demo = run(Stream.concat(Stream.of(db), Stream.of("demo")).toArray(String[]::new));
        assertThat(demo.status()).as(demo.err()).isZero();
        Path file = home.resolve("реестр-pg.xlsx");
        Cli.Result export = run(Stream.concat(Stream.of(db), Stream.of("export", "registry", "--out", file.toString()))
                .toArray(String[]::new));
        assertThat(export.status()).as(export.err()).isZero();
        Path h2 = home.resolve("реестр-h2.xlsx");
        assertThat(run("--db", demoDb, "export", "registry", "--out", h2.toString()).status()).isZero();
        assertThat(exportedNames(file)).hasSize(155 - archived()).containsExactlyInAnyOrderElementsOf(exportedNames(h2));
    }

    private static int archived() {
        try (Database db = open(demoDb)) {
            return db.dsl().fetchCount(ORGANIZATION, ORGANIZATION.ARCHIVED.isTrue());
        }
    }
}
