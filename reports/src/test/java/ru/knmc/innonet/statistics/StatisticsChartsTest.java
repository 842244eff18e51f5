package ru.knmc.innonet.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.OUTLET_ISSUES;
import static ru.knmc.innonet.db.jooq.Tables.PUBLICATION;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.DatabaseLocation;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.event.EventRow;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.registry.ReferenceService;

/** Every chart's data against the demo database, and the seed's figures that it must reproduce. */
class StatisticsChartsTest {
    static Database db;
    static StatisticsCharts charts;

    @BeforeAll
    static void demo() {
        db = Database.open(DatabaseLocation.inMemory("charts" + System.nanoTime()));
        DemoLoader.load(db, (f, m) -> { });
        charts = new StatisticsCharts(db.dsl());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Map<String, Number> series(ChartData d, int i) {
        return d.series().get(i).values();
    }

    @Test
    void visitsByYearAreTheSeedsFiguresAndThe2018ExportImportedByTheDemo() {
        ChartData d = charts.build(ChartKind.VISITS, new ChartOptions(2018, 3, null, null));
        assertThat(d.categories()).containsExactly("2016", "2017", "2018");
        assertThat(series(d, 0)).containsEntry("2016", 4239).containsEntry("2017", 9523).containsEntry("2018", 21480);
        assertThat(series(d, 1)).containsEntry("2016", 9860).containsEntry("2017", 17056);
        assertThat(series(d, 2)).containsEntry("2016", 27000).containsEntry("2017", 44347).containsEntry("2018", 47390);
        assertThat(series(d, 3)).containsEntry("2016", 138400).containsEntry("2017", 195514);
        VisitStatsService v = new VisitStatsService(db.dsl());
        for (String y : d.categories()) {
            VisitFigures f = v.yearly(null, Integer.parseInt(y), Segment.ALL);
            assertThat(series(d, 2).get(y)).isEqualTo(f.visits());
        }
    }

    @Test
    void segmentsOf2017() {
        ChartData d = charts.build(ChartKind.VISITS_SEGMENTS, ChartOptions.of(2017));
        assertThat(series(d, 0)).containsExactly(Map.entry("Дошкольное образование", 2154),
                Map.entry("Общее образование", 5429), Map.entry("Дополнительное образование", 1940));
    }

    @Test
    void monthlyVisitsOf2018AddUpToTheImportedMonths() {
        ChartData d = charts.build(ChartKind.VISITS_MONTHLY, ChartOptions.of(2018));
        assertThat(d.categories()).hasSize(12);
        int sum = series(d, 1).values().stream().mapToInt(Number::intValue).sum();
        // the series are visitors, visits, views (new visitors are not in the export as counts … they are: share × visitors)
        assertThat(d.series()).extracting(ChartData.Series::name).contains("Визиты");
        Map<String, Number> visits = d.series().stream().filter(s -> s.name().equals("Визиты")).findFirst().orElseThrow().values();
        assertThat(visits.values().stream().mapToInt(Number::intValue).sum()).isEqualTo(47390);
        assertThat(sum).isPositive();
    }

    @Test
    void publicationsPerYearAsSeed001() {
        ChartData d = charts.build(ChartKind.PUBLICATIONS, new ChartOptions(2017, 5, null, null));
        assertThat(series(d, 0)).containsExactly(Map.entry("2013", 4), Map.entry("2014", 7), Map.entry("2015", 9),
                Map.entry("2016", 13), Map.entry("2017", 23));
        int inDb = db.dsl().fetchCount(PUBLICATION, DSL.year(PUBLICATION.PUBLICATION_DATE).eq(2017));
        assertThat(series(d, 0).get("2017")).isEqualTo(inDb);
    }

    @Test
    void publicationsChartShowsBesideTheArticlesTheIssuesEachOutletPublished() {
        ChartData d = charts.build(ChartKind.PUBLICATIONS, new ChartOptions(2017, 5, null, null));
        assertThat(d.series()).extracting(ChartData.Series::name).containsExactly("Статьи (все издания)",
                "Номера: «Наша новая школа»", "Номера: «Панорама образования»");
        assertThat(series(d, 2)).containsEntry("2017", 20).containsEntry("2016", null);
        assertThat(series(d, 1)).containsEntry("2017", 1);
        var perYear = new ru.knmc.innonet.event.OutletIssueService(db.dsl()).issuesPerYear(2013, 2017);
        assertThat(perYear).hasSize(d.series().size() - 1);
        int i = 1;
        for (var e : perYear.entrySet()) {
            for (var y : e.getValue().entrySet()) {
                assertThat(series(d, i).get(String.valueOf(y.getKey()))).as(e.getKey().name() + " " + y.getKey()).isEqualTo(y.getValue());
            }
            i++;
        }
        int inDb = db.dsl().select(DSL.sum(OUTLET_ISSUES.ISSUES)).from(OUTLET_ISSUES).where(OUTLET_ISSUES.CALENDAR_YEAR.eq(2017))
                .fetchOne(0, Integer.class);
        assertThat(series(d, 1).get("2017").intValue() + series(d, 2).get("2017").intValue()).isEqualTo(inDb);
    }

    @Test
    void theOutletFilterLeavesOneOutletsArticlesAndIssues() {
        var outlets = new ru.knmc.innonet.event.PublicationService(db.dsl()).outlets();
        long school = outlets.stream().filter(o -> o.name().equals("Наша новая школа")).findFirst().orElseThrow().id();
        long panorama = outlets.stream().filter(o -> o.name().equals("Панорама образования")).findFirst().orElseThrow().id();
        ChartData one = charts.build(ChartKind.PUBLICATIONS, ChartOptions.of(2017).withOutlet(school));
        assertThat(one.series()).extracting(ChartData.Series::name).containsExactly("Статьи", "Номера: «Наша новая школа»");
        assertThat(series(one, 0).get("2017")).isEqualTo(db.dsl().fetchCount(PUBLICATION,
                PUBLICATION.OUTLET_ID.eq(school).and(DSL.year(PUBLICATION.PUBLICATION_DATE).eq(2017))));
        assertThat(series(one, 1)).containsEntry("2017", 1);
        assertThat(one.subtitle()).endsWith("Наша новая школа");
        ChartData other = charts.build(ChartKind.PUBLICATIONS, ChartOptions.of(2017).withOutlet(panorama));
        assertThat(series(other, 0)).containsEntry("2017", 23);
        assertThat(series(other, 1)).containsEntry("2017", 20);
        assertThat(ChartKind.PUBLICATIONS.filters()).contains(ChartFilter.OUTLET);
    }

    @Test
    void participantsOf2017ByKindLevelAndMunicipalityEqualTheEvents() {
        Map<Long, ?> summaries = new EventService(db.dsl()).summaries(2017);
        int total = new EventService(db.dsl()).events(2017).stream().mapToInt(e -> e.participants()).sum();
        ChartData byKind = charts.build(ChartKind.PARTICIPANTS_KIND, ChartOptions.of(2017));
        assertThat(series(byKind, 0).values().stream().mapToInt(Number::intValue).sum()).isEqualTo(total);
        int festivals = new EventService(db.dsl()).events(2017).stream().filter(e -> e.kind().equals("фестиваль"))
                .mapToInt(e -> e.participants()).sum();
        assertThat(series(byKind, 0).get("фестиваль").intValue()).isEqualTo(festivals).isGreaterThanOrEqualTo(500);
        ChartData byLevel = charts.build(ChartKind.PARTICIPANTS_LEVEL, ChartOptions.of(2017));
        assertThat(series(byLevel, 0).values().stream().mapToInt(Number::intValue).sum()).isEqualTo(total);
        ChartData byMunicipality = charts.build(ChartKind.PARTICIPANTS_MUNICIPALITY, ChartOptions.of(2017));
        var festival = new EventService(db.dsl()).events(2017).stream().filter(e -> e.title().startsWith("VII открытый"))
                .findFirst().orElseThrow();
        var fest = new EventService(db.dsl()).summary(festival.id());
        assertThat(fest.byMunicipality().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(300);
        assertThat(series(byMunicipality, 0).get("Екатеринбург")).isEqualTo(fest.byMunicipality().get("Екатеринбург"));
        assertThat(series(byMunicipality, 0).keySet()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(summaries).isNotEmpty();
    }

    @Test
    void eventsPerMonthEqualTheEventTable() {
        ChartData d = charts.build(ChartKind.EVENTS_MONTHLY, ChartOptions.of(2017));
        int inDb = db.dsl().fetchCount(EVENT, EVENT.START_DATE.between(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 31)));
        assertThat(series(d, 0).get("окт.").intValue()).isEqualTo(inDb).isPositive();
        assertThat(series(d, 0).values().stream().mapToInt(Number::intValue).sum())
                .isEqualTo(db.dsl().fetchCount(EVENT, EVENT.START_DATE.between(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))));
    }

    @Test
    void eventsByKindAreTheEventsOfTheYearAndSeedOnesFiveRemoteExpertisesAndTwoSessions() {
        ChartData d = charts.build(ChartKind.EVENTS_KIND, ChartOptions.of(2017));
        Map<String, Integer> inDb = new LinkedHashMap<>();
        new EventService(db.dsl()).events(2017).forEach(e -> inDb.merge(e.kind(), 1, Integer::sum));
        Map<String, Integer> shown = new LinkedHashMap<>();
        series(d, 0).forEach((k, v) -> shown.put(k, v.intValue()));
        assertThat(shown).isEqualTo(inDb);
        // seed 001, §8: «5 заочных экспертиз экспертным советом; 2 заседания экспертных групп»
        assertThat(shown).containsEntry("заочная экспертиза", 5).containsEntry("заседание", 2);
        ChartData academic = charts.build(ChartKind.EVENTS_KIND, ChartOptions.of(2017).over(ACADEMIC_2017));
        assertThat(series(academic, 0).values().stream().mapToInt(Number::intValue).sum())
                .isEqualTo(db.dsl().fetchCount(EVENT, EVENT.START_DATE.between(ACADEMIC_2017.start(), ACADEMIC_2017.end())));
    }

    @Test
    void infrastructureGrowthAndShare() {
        ChartData d = charts.build(ChartKind.INFRASTRUCTURE, new ChartOptions(2017, 2, null, null));
        InfrastructureGrowthService g = new InfrastructureGrowthService(db.dsl());
        var years = g.growth(2016, 2017, null);
        assertThat(series(d, 0).get("2017")).isEqualTo(years.get(1).organizations());
        assertThat(d.share().values().get("2017")).isEqualTo(years.get(1).sharePercent());
    }

    @Test
    void indicatorsTargetAndActual() {
        ChartData d = charts.build(ChartKind.INDICATORS, ChartOptions.of(2017));
        assertThat(series(d, 0).values()).extracting(n -> n.intValue()).containsExactly(12, 36, 34);
        IndicatorService ind = new IndicatorService(db.dsl());
        var actuals = ind.actuals(2017);
        assertThat(series(d, 1).values()).containsExactlyElementsOf(actuals.stream().map(a -> (Number) a.value()).toList());
        assertThat(actuals).allSatisfy(a -> assertThat(a.value()).isNotNull());
    }

    @Test
    void sectionSixOfTheReportAsCharts() {
        ChartData kinds = charts.build(ChartKind.STATUS_KINDS, new ChartOptions(2017, 2, null, null));
        Map<String, Number> mip = kinds.series().stream().filter(x -> x.name().equals("МИП")).findFirst().orElseThrow().values();
        assertThat(mip).containsEntry("2016", 20).containsEntry("2017", 15);
        assertThat(kinds.series().stream().filter(x -> x.name().equals("МСИП")).findFirst().orElseThrow().values())
                .containsEntry("2017", 22);
        ChartData supervised = charts.build(ChartKind.SITES_SUPERVISED, new ChartOptions(2017, 2, null, null));
        assertThat(series(supervised, 0)).containsEntry("2017", 71);
        assertThat(series(supervised, 1)).containsEntry("2017", 61);
        assertThat(((java.math.BigDecimal) supervised.share().values().get("2017"))).isEqualByComparingTo("85.9");
        ChartData supervisors = charts.build(ChartKind.SUPERVISORS, ChartOptions.of(2017));
        assertThat(series(supervisors, 0).values().stream().mapToInt(Number::intValue).sum()).isEqualTo(40);
        assertThat(series(supervisors, 0).values().iterator().next()).isEqualTo(14);
        ChartData ripo = charts.build(ChartKind.RIPO, new ChartOptions(2017, 2, null, null));
        assertThat(series(ripo, 0)).containsEntry("2016", 12).containsEntry("2017", 54);
        assertThat(ripo.series()).extracting(x -> x.values().get("2017")).containsExactly(54, 35, 16, 3);
    }

    @Test
    void everyChartIsWrittenAsANonEmptyPng(@TempDir Path dir) throws Exception {
        for (ChartKind k : ChartKind.values()) {
            Path png = dir.resolve(k.id() + ".png");
            ChartRenderer.png(charts.build(k, ChartOptions.of(2017)), png, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            assertThat(Files.size(png)).as(k.id()).isGreaterThan(5_000);
            try (InputStream in = Files.newInputStream(png)) {
                BufferedImage img = ImageIO.read(in);
                assertThat(img.getWidth()).isEqualTo(ChartRenderer.WIDTH);
            }
        }
    }

    @Test
    void everyChartIsWrittenAsWellFormedSvgHoldingItsLabels(@TempDir Path dir) throws Exception {
        for (ChartKind k : ChartKind.values()) {
            ChartData d = charts.build(k, ChartOptions.of(2017));
            Path svg = dir.resolve(k.id() + ".svg");
            ChartRenderer.save(d, svg, ChartRenderer.WIDTH, ChartRenderer.HEIGHT);
            var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(svg.toFile());
            assertThat(doc.getDocumentElement().getLocalName()).as(k.id()).isEqualTo("svg");
            StringBuilder texts = new StringBuilder();
            var nodes = doc.getElementsByTagNameNS("*", "text");
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.append(nodes.item(i).getTextContent()).append('\n');
            }
            assertThat(texts.toString()).as(k.id()).contains(d.title());
            for (ChartData.Series s : d.series()) {
                assertThat(texts.toString()).as(k.id() + " legend").contains(s.name());
            }
        }
    }

    @Test
    void theSegmentAndTheMunicipalityFilterTheirCharts() {
        ChartData all = charts.build(ChartKind.VISITS, new ChartOptions(2017, 2, null, null, Segment.ALL));
        ChartData preschool = charts.build(ChartKind.VISITS, new ChartOptions(2017, 2, null, null, Segment.PRESCHOOL));
        assertThat(series(all, 0).get("2017")).isEqualTo(9523);
        assertThat(series(preschool, 0).get("2017")).isEqualTo(2154);
        assertThat(preschool.subtitle()).contains("Дошкольное образование");
        InfrastructureGrowthService g = new InfrastructureGrowthService(db.dsl());
        var ref = new ru.knmc.innonet.registry.ReferenceService(db.dsl());
        long krasnodar = ref.municipalityByName("Краснодар").orElseThrow().id();
        long novorossiysk = ref.municipalityByName("Новороссийск").orElseThrow().id();
        ChartData city = charts.build(ChartKind.INFRASTRUCTURE, new ChartOptions(2017, 2, null, krasnodar));
        ChartData other = charts.build(ChartKind.INFRASTRUCTURE, new ChartOptions(2017, 2, null, novorossiysk));
        assertThat(series(city, 0).get("2017")).isEqualTo(g.growth(2017, 2017, krasnodar).get(0).organizations());
        assertThat(series(other, 0).get("2017")).isEqualTo(g.growth(2017, 2017, novorossiysk).get(0).organizations());
        assertThat(series(city, 0).get("2017")).isNotEqualTo(series(other, 0).get("2017"));
        assertThat(city.subtitle()).contains("Краснодар");
        assertThat(ChartKind.INFRASTRUCTURE.filters()).contains(ChartFilter.MUNICIPALITY, ChartFilter.YEARS);
        assertThat(ChartKind.PARTICIPANTS_KIND.filters()).containsExactlyInAnyOrder(ChartFilter.PERIOD, ChartFilter.MUNICIPALITY);
        assertThat(ChartKind.VISITS_SEGMENTS.filters()).doesNotContain(ChartFilter.PERIOD);
        assertThat(ChartKind.INDICATORS.filters()).isEmpty();
    }

    @Test
    void chartDataAndYearStatisticsGoToExcelAsNumbers(@TempDir Path dir) throws Exception {
        Path chart = dir.resolve("visits.xlsx");
        ChartWorkbook.write(chart, charts.build(ChartKind.VISITS, new ChartOptions(2017, 2, null, null)));
        try (Workbook wb = WorkbookFactory.create(chart.toFile())) {
            Sheet s = wb.getSheetAt(0);
            Row y2016 = s.getRow(3);
            assertThat(new DataFormatter().formatCellValue(y2016.getCell(0))).isEqualTo("2016");
            assertThat(y2016.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(y2016.getCell(1).getNumericCellValue()).isEqualTo(4239);
            assertThat(y2016.getCell(4).getNumericCellValue()).isEqualTo(138400);
        }
        Path year = dir.resolve("statistics.xlsx");
        StatisticsWorkbook.write(year, db.dsl(), 2017);
        try (Workbook wb = WorkbookFactory.create(year.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(5);
            Sheet pubs = wb.getSheetAt(2);
            boolean found = false;
            for (Row r : pubs) {
                if (r.getCell(0) != null && "2017".equals(new DataFormatter().formatCellValue(r.getCell(0)))) {
                    assertThat(r.getCell(1).getNumericCellValue()).isEqualTo(23);
                    assertThat(r.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(r.getCell(2).getNumericCellValue()).as("«Наша новая школа»").isEqualTo(1);
                    assertThat(r.getCell(3).getNumericCellValue()).as("«Панорама образования»").isEqualTo(20);
                    found = true;
                }
                if (r.getCell(0) != null && "2016".equals(new DataFormatter().formatCellValue(r.getCell(0)))) {
                    assertThat(r.getCell(3).getCellType()).as("no figure entered for 2016: empty, not 0").isEqualTo(CellType.BLANK);
                }
            }
            assertThat(found).isTrue();
            Row pubsHeader = pubs.getRow(2);
            assertThat(pubsHeader.getCell(3).getStringCellValue()).isEqualTo("Номера: «Панорама образования»");
            assertThat(pubsHeader.getHeightInPoints()).as("the wrapped titles' lines fit").isGreaterThanOrEqualTo(30f);
            Sheet participation = wb.getSheetAt(1);
            boolean festival = false;
            for (Row r : participation) {
                if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                        && r.getCell(0).getStringCellValue().startsWith("VII открытый")) {
                    assertThat(r.getCell(5).getNumericCellValue()).isEqualTo(300);
                    festival = true;
                }
            }
            assertThat(festival).isTrue();
            Sheet indicators = wb.getSheetAt(3);
            assertThat(indicators.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(12);
            assertThat(indicators.getRow(2).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    private static final MonthPeriod ACADEMIC_2017 = MonthPeriod.academicYear(2017);

    private static int eventsIn(YearMonth m) {
        return db.dsl().fetchCount(EVENT, EVENT.START_DATE.between(m.atDay(1), m.atEndOfMonth()));
    }

    @Test
    void eventsPerMonthOverTheAcademicYearEqualTheEventTable() {
        ChartData d = charts.build(ChartKind.EVENTS_MONTHLY, ChartOptions.of(2017).over(ACADEMIC_2017));
        assertThat(d.categories()).hasSize(12).startsWith("сент. 2017").endsWith("авг. 2018");
        assertThat(d.subtitle()).isEqualTo("2017–2018 учебный год (сентябрь 2017 — август 2018)");
        for (YearMonth m : ACADEMIC_2017.months()) {
            assertThat(series(d, 0).get(ACADEMIC_2017.shortName(m)).intValue()).as(m.toString()).isEqualTo(eventsIn(m));
        }
        assertThat(series(d, 0).values().stream().mapToInt(Number::intValue).sum()).isPositive()
                .isEqualTo(db.dsl().fetchCount(EVENT, EVENT.START_DATE.between(ACADEMIC_2017.start(), ACADEMIC_2017.end())));
    }

    @Test
    void participantsOverAPeriodAcrossTwoYearsAndFromOneMunicipalityEqualTheEvents() {
        MonthPeriod period = new MonthPeriod(YearMonth.of(2017, 9), YearMonth.of(2018, 5));
        EventService es = new EventService(db.dsl());
        List<EventRow> inPeriod = es.events(null).stream().filter(e -> !e.startDate().isBefore(period.start())
                && !e.startDate().isAfter(period.end())).toList();
        assertThat(inPeriod.stream().map(e -> e.startDate().getYear()).distinct()).containsExactlyInAnyOrder(2017, 2018);
        long krasnodar = new ReferenceService(db.dsl()).municipalityByName("Краснодар").orElseThrow().id();
        Map<String, Integer> allByKind = new LinkedHashMap<>();
        Map<String, Integer> fromKrasnodar = new LinkedHashMap<>();
        for (EventRow e : inPeriod) {
            allByKind.merge(e.kind(), e.participants(), Integer::sum);
            fromKrasnodar.merge(e.kind(), es.summary(e.id()).byMunicipality().getOrDefault("Краснодар", 0), Integer::sum);
        }
        ChartData all = charts.build(ChartKind.PARTICIPANTS_KIND, ChartOptions.of(2018).over(period));
        assertThat(series(all, 0)).containsExactlyInAnyOrderEntriesOf(allByKind);
        ChartOptions city = new ChartOptions(2018, ChartOptions.DEFAULT_YEARS, null, krasnodar, Segment.ALL, period);
        ChartData byKind = charts.build(ChartKind.PARTICIPANTS_KIND, city);
        assertThat(series(byKind, 0)).containsExactlyInAnyOrderEntriesOf(fromKrasnodar);
        assertThat(byKind.subtitle()).isEqualTo("сентябрь 2017 — май 2018 · Краснодар");
        int fromCity = fromKrasnodar.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(fromCity).isPositive().isLessThan(allByKind.values().stream().mapToInt(Integer::intValue).sum());
        ChartData byLevel = charts.build(ChartKind.PARTICIPANTS_LEVEL, city);
        assertThat(series(byLevel, 0).values().stream().mapToInt(Number::intValue).sum()).isEqualTo(fromCity);
        Map<String, Integer> levelFromCity = new LinkedHashMap<>();
        for (EventRow e : inPeriod) {
            levelFromCity.merge(e.level().displayName(), es.summary(e.id()).byMunicipality().getOrDefault("Краснодар", 0),
                    Integer::sum);
        }
        levelFromCity.forEach((level, n) -> assertThat(series(byLevel, 0).get(level)).as(level).isEqualTo(n));
        ChartData byMunicipality = charts.build(ChartKind.PARTICIPANTS_MUNICIPALITY, ChartOptions.of(2018).over(period));
        assertThat(series(byMunicipality, 0).get("Краснодар")).isEqualTo(fromCity);
    }

    @Test
    void monthlyVisitsOverTheAcademicYearAreTheStoredMonthsOfBothYears(@TempDir Path dir) throws Exception {
        ChartData d = charts.build(ChartKind.VISITS_MONTHLY, ChartOptions.of(2018).over(ACADEMIC_2017));
        assertThat(d.categories()).hasSize(12).startsWith("сент. 2017").endsWith("авг. 2018");
        Map<String, Number> visits = d.series().stream().filter(s -> s.name().equals("Визиты")).findFirst().orElseThrow().values();
        VisitStatsService v = new VisitStatsService(db.dsl());
        Map<YearMonth, VisitFigures> stored = v.monthly(null, ACADEMIC_2017, Segment.ALL);
        for (YearMonth m : ACADEMIC_2017.months()) {
            Map<Integer, VisitFigures> ofYear = v.monthly(null, m.getYear());
            Integer expected = ofYear.containsKey(m.getMonthValue()) ? ofYear.get(m.getMonthValue()).visits() : null;
            assertThat(visits.get(ACADEMIC_2017.shortName(m))).as(m.toString()).isEqualTo(expected);
            assertThat(stored.containsKey(m)).isEqualTo(expected != null);
        }
        assertThat(visits.get("янв. 2018")).isNotNull();
        Path xlsx = dir.resolve("visits-monthly.xlsx");
        ChartWorkbook.write(xlsx, d);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile())) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).startsWith("2017–2018 учебный год (сентябрь 2017 — август 2018)");
            assertThat(new DataFormatter().formatCellValue(s.getRow(3).getCell(0))).isEqualTo("сент. 2017");
            assertThat(new DataFormatter().formatCellValue(s.getRow(14).getCell(0))).isEqualTo("авг. 2018");
        }
    }
}
