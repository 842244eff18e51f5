package ru.knmc.innonet.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.office.word.DocumentStyle;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.Templates;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/** The 2017 report of the demo data written to Word and Excel and read back with POI. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnnualReportDocumentTest {
    private DemoReports demo;
    @TempDir
    Path dir;

    @BeforeAll
    void load() {
        demo = new DemoReports();
    }

    @AfterAll
    void close() {
        demo.close();
    }

    private XWPFDocument write2017(Path out) throws Exception {
        AnnualReportDocument.write(out, demo.report(2017), demo.data(2017), DocumentTemplates.builtIn());
        try (InputStream in = Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    private static List<String> paragraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).map(t -> t.replace('\u00a0', ' ')).toList();
    }

    private static XWPFTable tableWithHeader(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader)).findFirst().orElseThrow();
    }

    @Test
    void the2017ReportCarriesSeed001sSectionsAndFigures() throws Exception {
        try (XWPFDocument doc = write2017(dir.resolve("report.docx"))) {
            List<String> text = paragraphs(doc);
            for (int n = 1; n <= 8; n++) {
                String heading = AnnualReport.numberedTitle(n);
                assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().equals(heading))
                        .as(heading).anyMatch(p -> p.getCTPPr().isSetOutlineLvl());
            }
            assertThat(text).contains("1. Соответствие задачам федеральной и региональной образовательной политики",
                    "8. Апробация и диссеминация результатов деятельности КИП");
            String all = String.join("\n", text);
            assertThat(all).contains("Присвоен статус муниципальной сетевой инновационной площадке 22 организациям",
                    "научных руководителей имеет 61 инновационная площадка, это более 85 %",
                    "из КубГУ 35 %, ИРО 10 % и других", "включала около 15 %", "включает уже 25 %",
                    "Статус МИП получили 15 организации", "продолжают работу 10 образовательных",
                    "стало на 5 меньше", "По следующим 6 направлениям", "Федеральный уровень:", "№ 273-ФЗ",
                    "Региональный уровень:", "№ 2770-КЗ",
                    "положительные экспертные заключения получили 54 материала",
                    "Из 54 материалов: 35 материалов педагогов дошкольных образовательных организаций, 16 — педагогических работников общеобразовательных организаций и 3 — педагогов дополнительного образования. В 2016 году таких работ было 12.",
                    "посетили 4239 уникальных пользователей", "вырос до 9523 уникальных пользователей",
                    "Дошкольное образование – 2154", "Общее образование – 5429", "Дополнительное образование – 1940",
                    "более 17056 новых пользователей (в 2016 году – 9860)", "44347 визитов (в 2016 году – 27000)",
                    "195514 просмотров страниц сайта (в 2016 году – 138400)",
                    "опубликовано 23 статьи (в 2016 году — 13, в 2015 году — 9, в 2014 году — 7, в 2013 — 4)",
                    "В 2017 году издано 20 номеров газеты «Панорама образования».").doesNotContain("{{").doesNotContain("\u2047");
            assertThat(all).contains("В рамках XVI конкурса", "проведены 9 заочных экспертиз",
                    "3 заседания экспертных групп с презентациями новых проектов МИП");
            assertThat(doc.getSettings().getCTSettings().isSetUpdateFields()).isTrue();
            assertThat(doc.getHeaderList()).anyMatch(h -> h._getHdrFtr().xmlText().contains("PAGE"));
            // the title page from the built-in template
            assertThat(all).contains("ОТЧЁТ", "за 2017 год", "Краснодар, 2017",
                    "«Формирование сети инновационных образовательных организаций");
        }
    }

    @Test
    void theContentsLinkEverySectionToItsHeadingsBookmarkWithAPageRefField() throws Exception {
        try (XWPFDocument doc = write2017(dir.resolve("contents.docx"))) {
            for (int n = 1; n <= 8; n++) {
                String name = AnnualReportDocument.bookmark(n);
                String heading = AnnualReport.numberedTitle(n);
                XWPFParagraph entry = doc.getParagraphs().stream().filter(p -> p.getCTP().getHyperlinkList().stream()
                        .anyMatch(h -> name.equals(h.getAnchor()))).findFirst().orElseThrow();
                assertThat(entry.getCTP().xmlText()).contains(heading).contains("PAGEREF " + name + " \\h")
                        .contains("w:fldCharType=\"begin\"").contains("w:fldCharType=\"end\"");
                assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().equals(heading))
                        .anyMatch(p -> p.getCTP().getBookmarkStartList().stream().anyMatch(b -> name.equals(b.getName())));
            }
            assertThat(doc.getDocument().xmlText()).doesNotContain("TOC \\o");
        }
    }

    @Test
    void tablesHaveRepeatedHeadersAndTheRegistrysCounts() throws Exception {
        try (XWPFDocument doc = write2017(dir.resolve("tables.docx"))) {
            XWPFTable kinds = tableWithHeader(doc, "Статус");
            assertThat(kinds.getRow(0).isRepeatHeader()).isTrue();
            assertThat(kinds.getRow(0).getCell(2).getText()).isEqualTo("2016");
            assertThat(kinds.getRow(0).getCell(3).getText()).isEqualTo("2017");
            assertThat(rowOf(kinds, "МСИП")).containsExactly("МСИП", "муниципальная сетевая инновационная площадка", "0", "22");
            assertThat(rowOf(kinds, "МИП")).containsExactly("МИП", "муниципальная инновационная площадка", "20", "15");
            XWPFTable msip = tableWithHeader(doc, "№");
            assertThat(msip.getRows()).hasSize(7);
            assertThat(msip.getRows().stream().skip(1).mapToInt(r -> Integer.parseInt(r.getCell(3).getText())).sum()).isEqualTo(21); // 22 МСИП, ДС № 2 without a direction (demo README)
            XWPFTable supervisors = tableWithHeader(doc, "Место работы");
            assertThat(rowOf(supervisors, "КубГУ")).containsExactly("КубГУ", "14", "35");
        }
    }

    private static List<String> rowOf(XWPFTable t, String first) {
        return t.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst().orElseThrow()
                .getTableCells().stream().map(c -> c.getText().replace('\u00a0', ' ')).toList();
    }

    @Test
    void theBlocksOfEventsStatisticsAndTheRipoBankAreTables() throws Exception {
        try (XWPFDocument doc = write2017(dir.resolve("more-tables.docx"))) {
            XWPFTable visits = tableWithHeader(doc, "Ресурс");
            assertThat(visits.getRow(0).isRepeatHeader()).isTrue();
            assertThat(visits.getText().replace('\u00a0', ' ')).contains("Виртуальный методический кабинет", "4 239", "9 523", "195 514");
            assertThat(doc.getTables()).anyMatch(t -> t.getRow(0).getTableCells().size() == 5
                    && t.getRow(0).getCell(0).getText().equals("Год")
                    && List.of("2017", "35", "16", "3", "54").equals(rowOfOrNull(t, "2017")));
            assertThat(doc.getTables()).anyMatch(t -> t.getRow(0).getCell(0).getText().equals("Даты")
                    && t.getText().contains("Новые идеи — новой школе") && t.getText().contains("300"));
            assertThat(doc.getTables()).anyMatch(t -> t.getRow(0).getCell(0).getText().equals("Год")
                    && rowOfOrNull(t, "2013") != null && rowOfOrNull(t, "2017").contains("23"));
        }
    }

    private static List<String> rowOfOrNull(XWPFTable t, String first) {
        return t.getRows().stream().filter(r -> r.getCell(0).getText().equals(first)).findFirst()
                .map(r -> r.getTableCells().stream().map(c -> c.getText().replace('\u00a0', ' ')).toList()).orElse(null);
    }

    @Test
    void theChartIsANativeWordChartWithBothYearsAsSeries() throws Exception {
        try (XWPFDocument doc = write2017(dir.resolve("chart.docx"))) {
            assertThat(doc.getCharts()).hasSize(2);
            XWPFChart chart = doc.getCharts().get(0);
            XDDFChartData data = chart.getChartSeries().get(0);
            assertThat(data.getSeriesCount()).isEqualTo(2);
            assertThat(chart.getCTChart().xmlText()).contains("2016", "2017", "МСИП", "srgbClr");
            int msipIndex = -1;
            for (int i = 0; i < data.getSeries(1).getCategoryData().getPointCount(); i++) {
                if ("МСИП".equals(data.getSeries(1).getCategoryData().getPointAt(i))) {
                    msipIndex = i;
                }
            }
            assertThat(msipIndex).isNotNegative();
            assertThat(((Number) data.getSeries(1).getValuesData().getPointAt(msipIndex)).intValue()).isEqualTo(22);
            assertThat(((Number) data.getSeries(0).getValuesData().getPointAt(msipIndex)).intValue()).isZero();
        }
    }

    @Test
    void oneMoreMsipChangesTheSentenceAndTheTable() throws Exception {
        try (DemoReports other = new DemoReports()) {
            var reference = other.reference;
            Organization school = new OrganizationService(other.db.dsl()).save(new Organization(null, OrgType.GENERAL, "МБОУ",
                    "СОШ", "998", null, "СОШ № 998", "МБОУ СОШ № 998", reference.municipalityByName("Краснодар").orElseThrow().id(),
                    null, null, null, null, null, false, 0));
            long order = reference.orders().stream().filter(o -> o.number().equals("1394")).findFirst().orElseThrow().id();
            new StatusService(other.db.dsl()).save(new StatusAssignment(null, school.id(),
                    reference.statusKindByCode("MSIP").orElseThrow().id(), "Тема",
                    reference.directions(new AcademicYear(2017)).get(0).id(), LocalDate.of(2017, 9, 1),
                    LocalDate.of(2018, 8, 31), order, null, null, Outcome.ACTIVE, null, 0));
            Path out = dir.resolve("more.docx");
            AnnualReportDocument.write(out, other.report(2017), other.data(2017), DocumentTemplates.builtIn());
            try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
                assertThat(String.join("\n", paragraphs(doc)))
                        .contains("Присвоен статус муниципальной сетевой инновационной площадке 23 организациям");
                assertThat(rowOf(tableWithHeader(doc, "Статус"), "МСИП")).endsWith("23");
                assertThat(tableWithHeader(doc, "№").getRow(1).getCell(2).getText()).contains("998");
            }
        }
    }

    @Test
    void anUnknownPlaceholderRefusesTheDocumentNamingSectionAndName() {
        AnnualReport broken = demo.report(2017).withSection(4, "Всего {{msip}} и {{мсип}}.");
        Path out = dir.resolve("broken.docx");
        assertThatThrownBy(() -> AnnualReportDocument.write(out, broken, demo.data(2017), DocumentTemplates.builtIn()))
                .isInstanceOf(UserException.class).hasMessageContaining("4. Инновационность").hasMessageContaining("{{мсип}}");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenUserTemplateIsRefusedWithItsReason() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("templates"));
        DocumentTemplates builtIn = new DocumentTemplates(folder, DocumentStyle.DEFAULT);
        builtIn.exportBuiltIns(folder, List.of(Templates.ANNUAL_REPORT));
        Path template = folder.resolve("annual-report.docx");
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(template))) {
            doc.getParagraphs().stream().filter(p -> p.getText().contains("{{organization}}")).findFirst().orElseThrow()
                    .getRuns().get(0).setText("{{organization}} {{author}}", 0);
            try (var os = Files.newOutputStream(template)) {
                doc.write(os);
            }
        }
        Path out = dir.resolve("templated.docx");
        assertThatThrownBy(() -> AnnualReportDocument.write(out, demo.report(2017), demo.data(2017), builtIn))
                .isInstanceOf(UserException.class).hasMessageContaining("annual-report.docx").hasMessageContaining("author");
        assertThat(out).doesNotExist();
    }

    @Test
    void theAnnexHasOneSheetPerTableWithNumbersAsNumbers() throws Exception {
        Path out = dir.resolve("annex.xlsx");
        ReportData data = demo.data(2017);
        AnnualReportWorkbook.write(out, data);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(data.tables().size()).isGreaterThanOrEqualTo(5);
            Sheet kinds = java.util.stream.StreamSupport.stream(wb.spliterator(), false)
                    .filter(s -> s.getSheetName().contains("Площадки по видам")).findFirst().orElseThrow();
            var msipRow = java.util.stream.StreamSupport.stream(kinds.spliterator(), false)
                    .filter(r -> "МСИП".equals(r.getCell(0).getStringCellValue())).findFirst().orElseThrow();
            assertThat(msipRow.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(msipRow.getCell(3).getNumericCellValue()).isEqualTo(22);
        }
    }

    @Test
    void theWorkPlanIsGroupedByKindOfActivity() throws Exception {
        Path out = dir.resolve("plan.docx");
        AcademicYear y = new AcademicYear(2018);
        WorkPlanDocument.write(out, y, demo.reports.workPlan(y), demo.report(2018).title(), DocumentTemplates.builtIn());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(out))) {
            assertThat(paragraphs(doc)).contains("План работы краевой инновационной площадки на 2018–2019 учебный год");
            XWPFTable t = doc.getTables().get(0);
            List<String> firstCells = t.getRows().stream().map(r -> r.getCell(0).getText()).collect(Collectors.toList());
            assertThat(firstCells).containsSubsequence("Диагностическая деятельность", "1.", "2.", "Практическая деятельность",
                    "Методическая деятельность", "Трансляционная деятельность", "11.");
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
        }
        assertThatThrownBy(() -> WorkPlanDocument.write(dir.resolve("empty.docx"), new AcademicYear(2030), List.of(),
                TitlePage.EMPTY, DocumentTemplates.builtIn())).isInstanceOf(UserException.class).hasMessageContaining("2030–2031");
    }
}
