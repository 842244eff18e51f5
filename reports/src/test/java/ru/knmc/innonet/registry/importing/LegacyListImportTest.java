package ru.knmc.innonet.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.registry.importing.ImportFiles.CP1251;
import static ru.knmc.innonet.registry.importing.OrganizationImportService.OnDuplicate.SKIP;
import static ru.knmc.innonet.registry.importing.OrganizationImportService.OnDuplicate.UPDATE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.StatusAssignment;

/**
 * Real-world-bad files through the whole import (read → plan → apply) into a database that already holds
 * a registry: every refusal names file, row and column in Russian and leaves the database exactly as it was.
 */
class LegacyListImportTest {
    private static final String HEADER = "Наименование;Тип;Район;Телефон;Статус;Приказ;Срок";
    private static final String[] GOOD = {HEADER,
            "МБОУ СОШ № 23;СОШ;г. Краснодар;8 (861) 234-56-78;МИП;№ 1394 от 22.08.2017;2017–2020",
            "МАДОУ детский сад № 7 «Солнышко»;ДОО;Краснодар;;;;",
            "МБУ ДО ДДТ «Родник»;УДО;Выселковский район;;КИП;№ 15 от 01.09.2018;2018-2021"};

    @TempDir
    Path dir;
    private final ImportFixture fx = new ImportFixture(TestDatabases.h2());
    private ImportFiles files;

    @AfterEach
    void close() {
        fx.close();
    }

    private ImportFiles files() {
        if (files == null) {
            files = new ImportFiles(dir);
        }
        return files;
    }

    private static List<String> problems(LegacyListImport.Outcome run) {
        return run.result().problems().stream().map(ImportProblem::toString).toList();
    }

    /** The run is refused with exactly these problems, and nothing at all was written. */
    private void assertRefused(Path file, OrganizationImportService.OnDuplicate mode, String... expected) {
        ImportFixture.Snapshot before = fx.snapshot();
        LegacyListImport.Outcome run = fx.run(file, mode, false);
        assertThat(run.result().ok()).isFalse();
        assertThat(run.result().written()).isFalse();
        assertThat(problems(run)).containsExactly(expected);
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    /** The file cannot be read at all: a UserException naming it, and nothing written. */
    private void assertUnreadable(Path file, String expectedStart) {
        ImportFixture.Snapshot before = fx.snapshot();
        UserException e = catchThrowableOfType(UserException.class, () -> fx.run(file, SKIP, false));
        assertThat(e).as("UserException for " + file.getFileName()).isNotNull();
        assertThat(e.getMessage()).startsWith(expectedStart).contains("«" + file.getFileName() + "»");
        assertThat(fx.snapshot()).isEqualTo(before);
    }

    @Test
    void unreadableFilesNameTheFileAndChangeNothing() throws IOException {
        assertUnreadable(files().bytes("пусто.csv", new byte[0]), "Файл «пусто.csv» пуст");
        assertUnreadable(files().bytes("пусто.xlsx", new byte[0]), "Файл «пусто.xlsx» пуст");
        assertUnreadable(files().binaryAsXlsx("фото.xlsx"), "Файл «фото.xlsx» не является книгой Excel");
        assertUnreadable(files().zipBomb("бомба.xlsx"), "Файл «бомба.xlsx» отклонён: при распаковке");
        Path mixed = files().csv("смесь.csv", CP1251, "Наименование;Тип;Район", "МБОУ СОШ № 41;СОШ;Краснодар",
                "МБОУ СОШ № 42,СОШ,Краснодар", "МБОУ СОШ № 43;СОШ;Краснодар");
        assertUnreadable(mixed, "Файл «смесь.csv»: в строках 3 иное число столбцов");
    }

    @Test
    void headerOnlyAndMissingNameColumnAreRefusedNamingTheFile() throws IOException {
        assertRefused(files().csv("шапка.csv", CP1251, HEADER), SKIP,
                "Файл «шапка.csv»: в файле нет строк с данными (есть только заголовок).");
        assertRefused(files().xlsx("шапка.xlsx", List.of(List.of("Наименование", "Тип"))), SKIP,
                "Файл «шапка.xlsx»: в файле нет строк с данными (есть только заголовок).");
        assertRefused(files().csv("без имени.csv", StandardCharsets.UTF_8, "Тип;Район;Телефон", "СОШ;Краснодар;1"), SKIP,
                "Файл «без имени.csv»: нет обязательного столбца с наименованием организации "
                        + "(«Полное наименование» или «Краткое наименование»). Столбцы в файле: «Тип», «Район», «Телефон».");
    }

    @Test
    void windows1251WithoutBomImportsAndOneBadRowRefusesTheWholeFile() throws IOException {
        ImportFixture.Snapshot before = fx.snapshot();
        LegacyListImport.Outcome run = fx.run(files().csv("реестр.csv", CP1251, GOOD), SKIP, false);
        assertThat(problems(run)).isEmpty();
        assertThat(run.plan().formatDescription()).isEqualTo("CSV, кодировка Windows-1251, разделитель «;»");
        ImportResult r = run.result();
        assertThat(r.written()).isTrue();
        assertThat(List.of(r.added(), r.updated(), r.skipped(), r.statusesAdded())).containsExactly(3, 0, 0, 2);
        assertThat(fx.count(ORGANIZATION)).isEqualTo(before.counts().get("organization") + 3);
        assertThat(fx.count(MUNICIPALITY)).as("Выселковский район is new").isEqualTo(2);
        assertThat(fx.organization("МБОУ СОШ № 23").phone()).isEqualTo("8 (861) 234-56-78");
        assertThat(fx.statusesOf("МБОУ СОШ № 23")).singleElement().satisfies(s -> {
            assertThat(s.startDate()).isEqualTo(LocalDate.of(2017, 9, 1));
            assertThat(s.endDate()).isEqualTo(LocalDate.of(2020, 8, 31));
            assertThat(s.orderId()).isEqualTo(fx.order1394.id());
        });

        Path bad = files().csv("реестр с ошибкой.csv", CP1251, HEADER,
                "МБОУ СОШ № 24;СОШ;Краснодар;;МИП;№ 1394 от 22.08.2017;2017–2020",
                "МБОУ СОШ № 25;СОШ;Краснодар;;МИП;№ 1394;",
                "МБОУ СОШ № 26;СОШ;Краснодар;;;;");
        assertRefused(bad, SKIP, "Строка 3, столбец «Приказ»: в приказе «№ 1394» нет даты; допишите её "
                + "(«№ 1394 от 22.08.2017») или заполните столбец «Дата приказа»");
    }

    @Test
    void numbersWrittenAsTextAreReadAndAnUnreadableNumberIsRefused() throws IOException {
        List<Object> header = List.of("Наименование", "Тип", "Номер");
        Path good = files().xlsx("номера.xlsx", List.of(header, List.of("МБОУ лицей", "СОШ", "№ 23"),
                List.of("МБОУ гимназия", "СОШ", "48.0"), List.of("МБОУ школа-интернат", "СОШ", 12)));
        LegacyListImport.Outcome run = fx.run(good, SKIP, false);
        assertThat(problems(run)).isEmpty();
        assertThat(run.result().added()).isEqualTo(3);
        assertThat(run.plan().rows()).extracting(ImportRow::number).containsExactly("23", "48", "12");
        assertThat(fx.db.dsl().select(ORGANIZATION.NUMBER).from(ORGANIZATION).fetch(ORGANIZATION.NUMBER))
                .contains("23", "48", "12");

        Path bad = files().xlsx("номера с ошибкой.xlsx", List.of(header, List.of("МБОУ лицей № 2", "СОШ", ""),
                List.of("МБОУ гимназия «Эврика»", "СОШ", "двадцать три")));
        assertRefused(bad, SKIP, "Строка 3, столбец «Номер»: не удаётся разобрать номер «двадцать три»; "
                + "ожидается число, например «23» или «23а»");
    }

    @Test
    void datesInThreeFormatsGiveTheRightStatusDates() throws IOException {
        Path file = files().csv("даты.csv", StandardCharsets.UTF_8,
                "Наименование;Тип;Статус;Приказ;Дата приказа;Начало;Окончание",
                "МБОУ СОШ № 31;СОШ;МИП;№ 1500;22.08.2017;01.09.2017;31.08.2020",
                "МБОУ СОШ № 32;СОШ;МИП;№ 1500;2017-08-22;2018-01-15;2021-05-31",
                "МБОУ СОШ № 33;СОШ;МИП;№ 1500;22 августа 2017 г.;1 марта 2019 г.;31 декабря 2022 г.");
        LegacyListImport.Outcome run = fx.run(file, SKIP, false);
        assertThat(problems(run)).isEmpty();
        assertThat(run.result().statusesAdded()).isEqualTo(3);
        assertThat(fx.statusesOf("МБОУ СОШ № 31")).extracting(StatusAssignment::startDate, StatusAssignment::endDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2017, 9, 1), LocalDate.of(2020, 8, 31)));
        assertThat(fx.statusesOf("МБОУ СОШ № 32")).extracting(StatusAssignment::startDate, StatusAssignment::endDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2018, 1, 15), LocalDate.of(2021, 5, 31)));
        assertThat(fx.statusesOf("МБОУ СОШ № 33")).extracting(StatusAssignment::startDate, StatusAssignment::endDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2019, 3, 1), LocalDate.of(2022, 12, 31)));
        LegalOrder order = fx.reference.orderByNumberAndDate("1500", ImportFixture.ORDER_DATE).orElseThrow();
        assertThat(fx.count(LEGAL_ORDER)).as("one order, created once, reused by all three rows").isEqualTo(2);
        assertThat(fx.statusesOf("МБОУ СОШ № 33").get(0).orderId()).isEqualTo(order.id());
    }

    @Test
    void tenThousandValidRowsGoInAtOnce() throws IOException {
        long started = System.nanoTime();
        LegacyListImport.Outcome run = fx.run(files().bigCsv("большой.csv", 10_000, null), SKIP, false);
        System.out.printf("LegacyListImport: 10 000 rows in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(problems(run)).isEmpty();
        assertThat(run.result().added()).isEqualTo(10_000);
        assertThat(run.result().statusesAdded()).isEqualTo(100);
        assertThat(fx.count(ORGANIZATION)).isEqualTo(2 + 10_000);
        assertThat(fx.count(STATUS_ASSIGNMENT)).isEqualTo(1 + 100);
        assertThat(fx.count(LEGAL_ORDER)).isEqualTo(1);
        assertThat(fx.organization("МБДОУ детский сад № 11000").email()).isEqualTo("ds11000@kubannet.ru");
    }

    @Test
    void tenThousandRowsWhoseLastRowIsRefusedByTheDatabaseImportNothing() throws IOException {
        // The last row is «МБОУ СОШ № 1», already a МИП for 2017–2020: in update mode its new МИП overlaps.
        // The parser finds nothing wrong; the 9 999 rows before it are written, then rolled back.
        Path file = files().bigCsv("большой с ошибкой.csv", 10_000,
                "МБОУ СОШ № 1;СОШ;г. Краснодар;s1@kubannet.ru;МИП;№ 1394 от 22.08.2017;2018–2021");
        assertRefused(file, UPDATE, "Строка 10001, столбец «Срок»: Поле «Начало»: у организации уже есть статус МИП "
                + "на период с 01.09.2017 по 31.08.2020; периоды одного вида статуса не должны пересекаться.");
    }

    @Test
    void statusOverlappingOneInTheDatabaseIsRefusedWithItsRow() throws IOException {
        Path file = files().csv("пересечение.csv", CP1251, "Наименование;Тип;Статус;Приказ;Начало;Окончание",
                "МБОУ СОШ № 61;СОШ;МИП;№ 1394 от 22.08.2017;01.09.2017;31.08.2020",
                "МБОУ СОШ № 1;СОШ;МИП;№ 1394 от 22.08.2017;01.09.2019;31.08.2022");
        assertRefused(file, UPDATE, "Строка 3, столбец «Начало»: Поле «Начало»: у организации уже есть статус МИП "
                + "на период с 01.09.2017 по 31.08.2020; периоды одного вида статуса не должны пересекаться.");
    }

    @Test
    void dryRunWritesNothingButReportsWhatTheRealRunDoes() throws IOException {
        Path file = files().csv("реестр.csv", CP1251, GOOD);
        ImportFixture.Snapshot before = fx.snapshot();
        ImportResult dry = fx.run(file, SKIP, true).result();
        assertThat(dry.ok()).isTrue();
        assertThat(dry.written()).isFalse();
        assertThat(fx.snapshot()).isEqualTo(before);
        ImportResult real = fx.run(file, SKIP, false).result();
        assertThat(real.written()).isTrue();
        assertThat(List.of(dry.added(), dry.updated(), dry.skipped(), dry.statusesAdded()))
                .isEqualTo(List.of(real.added(), real.updated(), real.skipped(), real.statusesAdded()))
                .isEqualTo(List.of(3, 0, 0, 2));
        assertThat(dry.decisions()).isEqualTo(real.decisions());
        assertThat(dry.warnings()).isEqualTo(real.warnings());
    }

    @Test
    void theSameFileTwiceSkipsEverythingOrUpdates() throws IOException {
        Path file = files().csv("реестр.csv", CP1251, GOOD);
        assertThat(fx.run(file, SKIP, false).result().added()).isEqualTo(3);
        ImportFixture.Snapshot once = fx.snapshot();
        ImportResult again = fx.run(file, SKIP, false).result();
        assertThat(List.of(again.added(), again.updated(), again.skipped(), again.statusesAdded()))
                .containsExactly(0, 0, 3, 0);
        assertThat(again.decisions()).extracting(ImportResult.RowDecision::action).containsOnly(ImportResult.Action.SKIP);
        assertThat(fx.snapshot()).isEqualTo(once);

        Path changed = files().csv("реестр новый.csv", CP1251, GOOD[0],
                GOOD[1].replace("8 (861) 234-56-78", "8 (861) 999-00-11"), GOOD[2], GOOD[3]);
        ImportResult update = fx.run(changed, UPDATE, false).result();
        assertThat(update.ok()).isTrue();
        assertThat(List.of(update.added(), update.updated(), update.skipped(), update.statusesAdded()))
                .containsExactly(0, 3, 0, 0);
        assertThat(update.decisions()).extracting(ImportResult.RowDecision::status)
                .contains("статус уже есть в реестре");
        assertThat(fx.organization("МБОУ СОШ № 23").phone()).isEqualTo("8 (861) 999-00-11");
        assertThat(fx.snapshot().counts()).isEqualTo(once.counts());
    }

    @Test
    void orderCellCreatesOrReusesTheOrder() throws IOException {
        Path file = files().csv("приказы.csv", StandardCharsets.UTF_8, "Наименование;Тип;Статус;Приказ;Срок",
                "МБОУ СОШ № 71;СОШ;МИП;№ 1394 от 22.08.2017;2017–2020",
                "МБОУ СОШ № 72;СОШ;МИП;№ 1401 от 01.09.2018;2018–2021",
                "МБОУ СОШ № 73;СОШ;МСИП;№ 1401 от 01.09.2018;2018–2021");
        assertThat(problems(fx.run(file, SKIP, false))).isEmpty();
        assertThat(fx.count(LEGAL_ORDER)).as("1394 reused, 1401 created once").isEqualTo(2);
        LegalOrder created = fx.reference.orderByNumberAndDate("1401", LocalDate.of(2018, 9, 1)).orElseThrow();
        assertThat(fx.statusesOf("МБОУ СОШ № 71").get(0).orderId()).isEqualTo(fx.order1394.id());
        assertThat(fx.statusesOf("МБОУ СОШ № 72").get(0).orderId()).isEqualTo(created.id());
        assertThat(fx.statusesOf("МБОУ СОШ № 73").get(0).orderId()).isEqualTo(created.id());
    }

    @Test
    void happyPathOnPostgresql() throws IOException {
        try (ImportFixture pg = new ImportFixture(TestDatabases.postgres())) {
            ImportResult r = pg.run(files().csv("реестр.csv", CP1251, GOOD), SKIP, false).result();
            assertThat(r.problems()).isEmpty();
            assertThat(List.of(r.added(), r.statusesAdded())).containsExactly(3, 2);
            assertThat(pg.count(ORGANIZATION)).isEqualTo(5);
            assertThat(pg.statusesOf("МБОУ СОШ № 23")).extracting(StatusAssignment::startDate)
                    .containsExactly(LocalDate.of(2017, 9, 1));
            ImportFixture.Snapshot once = pg.snapshot();
            ImportResult again = pg.run(files().csv("реестр2.csv", CP1251, GOOD), SKIP, false).result();
            assertThat(again.skipped()).isEqualTo(3);
            assertThat(pg.snapshot()).isEqualTo(once);
        }
    }
}
