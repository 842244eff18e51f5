package ru.knmc.innonet.registry.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.registry.OrgType;

class OrganizationRowParserTest {
    private static final String FILE = "реестр.xlsx";

    /** A table whose first row is the header (row 1) and data rows numbered from 2. */
    private static RawTable table(String[] headers, String[]... rows) {
        List<RawRow> raw = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            raw.add(new RawRow(i + 2, Arrays.asList(rows[i])));
        }
        return new RawTable(FILE, "тест", 1, Arrays.asList(headers), raw);
    }

    private static String[] h(String... s) {
        return s;
    }

    private static List<String> problems(ImportPlan plan) {
        return plan.problems().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void readsAnOrganizationWithItsStatus() {
        ImportPlan plan = OrganizationRowParser.parse(table(
                h("Наименование ОО", "Руководитель", "E-mail", "Статус", "Тема проекта", "Приказ", "Срок", "Научный руководитель"),
                h("МБОУ СОШ № 23", "Иванова И. И.", "school23@kubannet.ru", "МИП", "Ранняя профориентация",
                        "№ 1394 от 22.08.2017", "2017–2020", "Петров П. П., д.п.н.")));
        assertThat(problems(plan)).isEmpty();
        assertThat(plan.isImportable()).isTrue();
        ImportRow row = plan.rows().get(0);
        assertThat(row.rowNumber()).isEqualTo(2);
        assertThat(row.type()).isEqualTo(OrgType.GENERAL);
        assertThat(row.legalForm()).isEqualTo("МБОУ");
        assertThat(row.number()).isEqualTo("23");
        assertThat(row.municipality()).isEqualTo("Краснодар");
        assertThat(row.fullName()).isEqualTo("МБОУ СОШ № 23");
        assertThat(row.shortName()).isEqualTo("МБОУ СОШ № 23");
        assertThat(row.status()).isEqualTo(new StatusDraft("MIP", "Ранняя профориентация", null, "1394",
                LocalDate.of(2017, 8, 22), LocalDate.of(2017, 9, 1), LocalDate.of(2020, 8, 31), "Петров П. П., д.п.н."));
    }

    @Test
    void derivesShortNameFromSpelledOutFullName() {
        String full = "Муниципальное автономное дошкольное образовательное учреждение муниципального образования "
                + "город Краснодар «Детский сад № 5 «Солнышко»»";
        ImportPlan plan = OrganizationRowParser.parse(table(h("Полное наименование", "МО"), h(full, "г. Краснодар")));
        ImportRow row = plan.rows().get(0);
        assertThat(row.type()).isEqualTo(OrgType.PRESCHOOL);
        assertThat(row.legalForm()).isEqualTo("МАДОУ");
        assertThat(row.shortName()).isEqualTo("МАДОУ детский сад № 5");
        assertThat(row.ownName()).isEqualTo("Солнышко");
        assertThat(row.fullName()).isEqualTo(full);
        assertThat(row.status()).isNull();
    }

    @Test
    void fullNameIsShortNameWhenOnlyShortGiven() {
        ImportPlan plan = OrganizationRowParser.parse(table(h("Краткое наименование", "Тип", "Район"),
                h("ДДТ «Родник»", "УДО", "Выселковский район")));
        ImportRow row = plan.rows().get(0);
        assertThat(row.fullName()).isEqualTo("ДДТ «Родник»");
        assertThat(row.type()).isEqualTo(OrgType.ADDITIONAL);
        assertThat(row.municipality()).isEqualTo("Выселковский район");
    }

    @Test
    void missingNameColumnNamesFileAndColumns() {
        ImportPlan plan = OrganizationRowParser.parse(table(h("Юрлицо (полностью)", "Телефон"), h("МБОУ СОШ № 1", "1")));
        assertThat(plan.rows()).isEmpty();
        assertThat(problems(plan)).singleElement().asString()
                .contains("«реестр.xlsx»", "«Полное наименование»", "«Краткое наименование»",
                        "«Юрлицо (полностью)», «Телефон»");
    }

    @Test
    void noDataRows() {
        ImportPlan plan = OrganizationRowParser.parse(table(h("Наименование", "Тип")));
        assertThat(problems(plan)).containsExactly(
                "Файл «реестр.xlsx»: в файле нет строк с данными (есть только заголовок).");
        assertThat(plan.isImportable()).isFalse();
    }

    @Test
    void reportsEachBadCellWithRowAndColumn() {
        ImportPlan plan = OrganizationRowParser.parse(table(
                h("Наименование", "Тип ОО", "Эл. почта", "Статус", "Приказ", "Срок", "Дата начала"),
                h("", "СОШ", "", "", "", "", ""),
                h("Солнышко", "", "", "", "", "", ""),
                h("МБОУ СОШ № 2", "пансион?", "", "", "", "", ""),
                h("МБОУ СОШ № 3", "", "school3.ru", "", "", "", ""),
                h("МБОУ СОШ № 4", "", "", "МИП", "", "", ""),
                h("МБОУ СОШ № 5", "", "", "отличник", "№ 1 от 01.09.2018", "", ""),
                h("МБОУ СОШ № 6", "", "", "МИП", "№ 1 от 31.09.2018", "2018 — ???", ""),
                h("МБОУ СОШ № 7", "", "", "КИП", "№ 1 от 01.09.2018", "2021-2018", ""),
                h("МБОУ СОШ № 8", "", "", "КИП", "№ 1", "", ""),
                h("МБОУ СОШ № 9", "", "", "", "№ 1 от 01.09.2018", "", ""),
                h("МБОУ СОШ № 10", "", "", "МИП", "№ 1 от 01.09.2018", "", "первое сентября"),
                h("МБОУ СОШ № 11", "", "", "МИП", "№ 1 от 01.09.2018", "", "")));
        assertThat(problems(plan)).containsExactly(
                "Строка 2, столбец «Наименование»: не заполнено наименование организации",
                "Строка 3, столбец «Тип ОО»: по наименованию «Солнышко» не удаётся определить тип организации; "
                        + "добавьте столбец «Тип» со значением: «Дошкольная», «Общеобразовательная», "
                        + "«Дополнительного образования», «Вуз», «Другая»",
                "Строка 4, столбец «Тип ОО»: неизвестный тип организации «пансион?»; укажите один из типов: "
                        + "«Дошкольная», «Общеобразовательная», «Дополнительного образования», «Вуз», «Другая» (или ДОО, СОШ, УДО, вуз)",
                "Строка 5, столбец «Эл. почта»: неверный адрес электронной почты «school3.ru»",
                "Строка 6, столбец «Приказ»: статус «МИП» указан без приказа; заполните столбец «Приказ» "
                        + "(например, «№ 1394 от 22.08.2017»)",
                "Строка 7, столбец «Статус»: неизвестный статус «отличник»; ожидается, например, МИП, МСИП, КИП, ФИП, "
                        + "пилотная или партнёрская площадка",
                "Строка 8, столбец «Приказ»: не удаётся разобрать приказ «№ 1 от 31.09.2018»; ожидается номер и дата, "
                        + "например «№ 1394 от 22.08.2017»",
                "Строка 8, столбец «Срок»: не удаётся разобрать период «2018 — ???»; ожидается, например, «2018–2021» "
                        + "или «01.09.2018 – 31.08.2021»",
                "Строка 9, столбец «Срок»: окончание 31.08.2018 раньше начала 01.09.2021",
                "Строка 10, столбец «Приказ»: в приказе «№ 1» нет даты; допишите её («№ 1394 от 22.08.2017») "
                        + "или заполните столбец «Дата приказа»",
                "Строка 11, столбец «Статус»: заполнены сведения о статусе («Приказ»), но сам статус не указан; "
                        + "заполните столбец «Статус»",
                "Строка 12, столбец «Дата начала»: не удаётся разобрать дату «первое сентября»; ожидается ДД.ММ.ГГГГ, "
                        + "например 22.08.2017");
        assertThat(plan.rows()).extracting(ImportRow::rowNumber).containsExactly(13);
        // Without a period the status runs from its order.
        assertThat(plan.rows().get(0).status().start()).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(plan.isImportable()).isFalse();
    }

    @Test
    void orderDateColumnAndSeparateStartEnd() {
        ImportPlan plan = OrganizationRowParser.parse(table(
                h("Наименование", "Статус", "Приказ", "Дата приказа", "Начало", "Окончание"),
                h("МАДОУ д/с № 5", "пилотная площадка", "1394", "22.08.2017", "2017-09-01", "31 августа 2019 г.")));
        assertThat(problems(plan)).isEmpty();
        StatusDraft s = plan.rows().get(0).status();
        assertThat(s.statusCode()).isEqualTo("PILOT");
        assertThat(s.orderNumber()).isEqualTo("1394");
        assertThat(s.orderDate()).isEqualTo(LocalDate.of(2017, 8, 22));
        assertThat(s.start()).isEqualTo(LocalDate.of(2017, 9, 1));
        assertThat(s.end()).isEqualTo(LocalDate.of(2019, 8, 31));
    }

    @Test
    void duplicatesNameBothRows() {
        ImportPlan plan = OrganizationRowParser.parse(table(h("Наименование", "МО"),
                h("МБОУ СОШ № 23", "г. Краснодар"),
                h("МБОУ гимназия № 36", "Краснодар"),
                h("МАОУ СОШ № 23", "город Краснодар"),
                h("МБОУ «Гимназия №36»", "Краснодар"),
                h("МБОУ СОШ № 23", "Выселковский район"),
                h("мбоу сош №23", "Выселковский район")));
        assertThat(problems(plan)).containsExactly(
                "Строка 4: организация уже есть в строке 2: тот же тип («Общеобразовательная»), номер «23» "
                        + "и муниципальное образование «Краснодар»",
                "Строка 5: организация уже есть в строке 3: тот же тип («Общеобразовательная»), номер «36» "
                        + "и муниципальное образование «Краснодар»",
                "Строка 7: организация уже есть в строке 6: тот же тип («Общеобразовательная»), номер «23» "
                        + "и муниципальное образование «Выселковский район»");
        assertThat(plan.rows()).extracting(ImportRow::rowNumber).containsExactly(2, 3, 6);
    }

    @Test
    void duplicateByNameWithoutNumber() {
        ImportPlan plan = OrganizationRowParser.parse(table(h("Наименование"),
                h("Краснодарский краевой музей «Кубань»"), h("Краснодарский краевой музей \"Кубань\"")));
        assertThat(problems(plan)).containsExactly(
                "Строка 3: организация уже есть в строке 2: то же наименование «Краснодарский краевой музей \"Кубань\"»");
    }

    @Test
    void numberColumnUsedWhenNameHasNone() {
        ImportPlan plan = OrganizationRowParser.parse(table(h("№", "Наименование", "Тип"),
                h("5.0", "Детский сад «Радуга»", "ДОО"), h("пять", "Детский сад «Ромашка»", "ДОО")));
        assertThat(plan.rows().get(0).number()).isEqualTo("5");
        assertThat(problems(plan)).containsExactly(
                "Строка 3, столбец «№»: не удаётся разобрать номер «пять»; ожидается число, например «23» или «23а»");
    }

    @Test
    void correctedMappingIsUsed() {
        RawTable t = table(h("Юрлицо (полностью)", "Примечание"), h("МБОУ СОШ № 1", "-"));
        ColumnMapping m = ColumnMatcher.match(t.headers()).with(ImportField.FULL_NAME, 0);
        ImportPlan plan = OrganizationRowParser.parse(t, m, "Новороссийск");
        assertThat(plan.rows()).singleElement().extracting(ImportRow::municipality).isEqualTo("Новороссийск");
        assertThat(plan.unknownColumns()).containsExactly("Примечание");
        assertThat(plan.mapping()).isEqualTo(m);
    }

    @Test
    void problemToStringForms() {
        assertThat(new ImportProblem(7, "Срок", "не удаётся разобрать период «2018 — ???»").toString())
                .isEqualTo("Строка 7, столбец «Срок»: не удаётся разобрать период «2018 — ???»");
        assertThat(new ImportProblem(7, null, "x")).hasToString("Строка 7: x");
        assertThat(ImportProblem.ofFile("Файл пуст")).hasToString("Файл пуст");
    }

    @Test
    void orgTypeDisplayNames() {
        assertThat(OrgType.PRESCHOOL.displayName()).isEqualTo("Дошкольная");
        assertThat(OrgType.UNIVERSITY.displayName()).isEqualTo("Вуз");
        assertThat(ImportField.PERIOD.displayName()).isEqualTo("Срок");
    }
}
