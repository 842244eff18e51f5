package ru.knmc.innonet.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.demo.DemoLoader;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.RegistryQueryService;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/** The annual report's texts, work plan and figures on the demo database; H2 and PostgreSQL by the subclasses. */
abstract class AnnualReportContract {
    Database db;
    AnnualReportService reports;
    ReportDataService data;
    ReferenceService reference;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        db = freshDatabase();
        DemoLoader.load(db, (f, m) -> { });
        reports = new AnnualReportService(db.dsl());
        reference = new ReferenceService(db.dsl());
        data = ReportDataService.over(db.dsl());
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private ReportData compute(int year) {
        return data.compute(year, reports.find(year).orElseThrow());
    }

    @Test
    void theDemoHoldsTheReportsOf2017And2018AndThePlanOf2018() {
        assertThat(reports.years()).containsExactly(2017, 2018);
        assertThat(reports.find(2017).orElseThrow().section(6)).contains("{{msip}}");
        assertThat(reports.workPlan(new AcademicYear(2018))).hasSize(11)
                .extracting(WorkPlanItem::kind).startsWith(ActivityKind.DIAGNOSTIC).endsWith(ActivityKind.TRANSLATIONAL);
    }

    @Test
    void the2017FiguresAreSeed001s() {
        ReportData d = compute(2017);
        assertThat(d.figures()).containsEntry("share.previous", "15").containsEntry("share", "25")
                .containsEntry("mip", "15").containsEntry("mip.previous", "20").containsEntry("mip.difference", "5")
                .containsEntry("msip", "22").containsEntry("pilot", "10").containsEntry("sites.supervised", "61")
                .containsEntry("sites.supervised.percent", "85").containsEntry("msip.directions", "6")
                .containsEntry("supervisors", "40");
        assertThat(d.figure("supervisors.share.КубГУ")).isEqualTo("35");
        assertThat(d.figure("supervisors.share.ИРО")).isEqualTo("10");
        List<String> sentences = new ArrayList<>();
        FilledText.strict(reports.find(2017).orElseThrow(), d).forEach(s -> s.forEach(b -> sentences.add(FilledText.text(b))));
        assertThat(sentences).anyMatch(s -> s.contains("Присвоен статус муниципальной сетевой инновационной площадке 22 организациям"))
                .anyMatch(s -> s.contains("научных руководителей имеет 61 инновационная площадка, это более 85 %"))
                .anyMatch(s -> s.contains("из КубГУ 35 %, ИРО 10 % и других"))
                .anyMatch(s -> s.contains("включала около 15 %"));
    }

    @Test
    void theIssuesOfTheYearsMainOutletAreNamedInSectionEight() {
        ReportData d = compute(2017);
        assertThat(d.figures()).containsEntry("publications.issues", "20").containsEntry("publications.outlet", "Панорама образования")
                .containsEntry("publications", "23");
        List<String> sentences = new ArrayList<>();
        FilledText.strict(reports.find(2017).orElseThrow(), d).forEach(s -> s.forEach(b -> sentences.add(FilledText.text(b))));
        assertThat(sentences).anyMatch(s -> s.contains("В 2017 году издано 20 номеров газеты «Панорама образования»."));
        assertThat(table(d, 8, "Номера изданий").rows()).containsExactly(List.of("2017", "Наша новая школа", 1),
                List.of("2017", "Панорама образования", 20));
        var issues = new ru.knmc.innonet.event.OutletIssueService(db.dsl());
        var school = issues.sideBySide(2017).stream().filter(r -> r.outlet().name().equals("Наша новая школа")).findFirst()
                .orElseThrow().issues();
        issues.save(new ru.knmc.innonet.event.OutletIssues(school.id(), school.outletId(), 2017, 24, null, null, null, school.version()));
        assertThat(compute(2017).figures()).as("the outlet with most issues").containsEntry("publications.issues", "24")
                .containsEntry("publications.outlet", "Наша новая школа");
        assertThat(compute(2018).gaps()).extracting(Gap::text).contains("Не введено число номеров ни одного издания за 2018 год.");
    }

    @Test
    void theLegalBasisListsTheActsBehindNoStatusByLevel() {
        List<ReportBlock> one = compute(2017).blocks(1);
        ReportBlock.TextList federal = (ReportBlock.TextList) one.get(0);
        assertThat(federal.lead()).isEqualTo("Федеральный уровень:");
        assertThat(federal.items()).hasSize(4).anyMatch(s -> s.contains("№ 273-ФЗ"));
        ReportBlock.TextList regional = (ReportBlock.TextList) one.get(1);
        assertThat(regional.items()).hasSize(11).noneMatch(s -> s.contains("№ 5686"));
    }

    @Test
    void oneMoreMsipChangesTheFigureAndTheTable() {
        ReportBlock.Table before = msipTable(compute(2017));
        Organization school = new OrganizationService(db.dsl()).save(new Organization(null, OrgType.GENERAL, "МБОУ", "СОШ",
                "999", null, "СОШ № 999 полностью", "МБОУ СОШ № 999", reference.municipalityByName("Краснодар").orElseThrow().id(),
                null, null, null, null, null, false, 0));
        long kind = reference.statusKindByCode("MSIP").orElseThrow().id();
        long direction = reference.directions(new AcademicYear(2017)).get(0).id();
        long order = reference.orders().stream().filter(o -> o.number().equals("1394")).findFirst().orElseThrow().id();
        new StatusService(db.dsl()).save(new StatusAssignment(null, school.id(), kind, "Тема", direction,
                LocalDate.of(2017, 9, 1), LocalDate.of(2018, 8, 31), order, null, null, Outcome.ACTIVE, null, 0));
        ReportData after = compute(2017);
        assertThat(after.figures()).containsEntry("msip", "23");
        assertThat(msipTable(after).rows().get(0).get(3)).isEqualTo(((Integer) before.rows().get(0).get(3)) + 1);
        assertThat((String) msipTable(after).rows().get(0).get(2)).contains("МБОУ СОШ № 999");
    }

    private static ReportBlock.Table msipTable(ReportData d) {
        return (ReportBlock.Table) d.blocks(7).get(0);
    }

    @Test
    void sectionSevenShowsTheNetworksOfTheYearAndTheRoadmapsOfItsAcademicYear() {
        ReportData d2017 = compute(2017);
        ReportBlock.Table networks = table(d2017, 7, "Сети");
        assertThat(networks.rows()).hasSize(9);
        assertThat(d2017.figures()).containsEntry("networks", "9");
        List<Object> ds108 = networks.rows().stream().filter(r -> r.get(1).equals("Сеть МБДОУ ДС № 108")).findFirst().orElseThrow();
        assertThat((String) ds108.get(2)).startsWith("МБДОУ ДС № 108");
        int partners = networks.rows().stream().mapToInt(r -> (Integer) r.get(3)).sum();
        assertThat(d2017.figures()).containsEntry("networks.partners", Integer.toString(partners));
        assertThat(d2017.gaps()).extracting(Gap::text).anyMatch(t -> t.contains("дорожных карт") && t.contains("2017–2018"));

        ReportData d2018 = compute(2018);
        ReportBlock.Table roadmaps = table(d2018, 7, "Дорожные карты сетей");
        List<Object> row = roadmaps.rows().stream().filter(r -> r.get(0).equals("Сеть МБДОУ ДС № 108")).findFirst().orElseThrow();
        assertThat(row.get(1)).isEqualTo(8 - ((Integer) row.get(4)));
        assertThat(d2018.figures().get("roadmap.planned")).isEqualTo(Integer.toString(
                roadmaps.rows().stream().mapToInt(r -> (Integer) r.get(1)).sum()));
        assertThat(d2018.figures()).containsEntry("networks", "14");
    }

    @Test
    void theContestsFiguresComeFromTheContestOfTheAcademicYear() {
        ReportData d = compute(2017);
        assertThat(d.figures()).containsEntry("contest", "XVI").containsEntry("contest.applications", "10")
                .containsEntry("contest.expertises", "9").containsEntry("contest.reviews", "27")
                .containsEntry("contest.defenses", "3");
        assertThat(table(d, 8, "Конкурсы").rows()).containsExactly(List.of("XVI Конкурс инновационных проектов", 10, 9, 27, 3));
        List<String> sentences = new ArrayList<>();
        FilledText.strict(reports.find(2017).orElseThrow(), d).forEach(s -> s.forEach(b -> sentences.add(FilledText.text(b))));
        assertThat(sentences).anyMatch(s -> s.contains("В рамках XVI конкурса") && s.contains("проведены 9 заочных экспертиз")
                && s.contains("3 заседания экспертных групп с презентациями новых проектов МИП"));
        assertThat(compute(2018).gaps()).extracting(Gap::text).anyMatch(t -> t.contains("конкурса") && t.contains("2018–2019"));
    }

    private static ReportBlock.Table table(ReportData d, int section, String sheet) {
        return d.blocks(section).stream().filter(b -> b instanceof ReportBlock.Table t && t.sheet().equals(sheet))
                .map(b -> (ReportBlock.Table) b).findFirst().orElseThrow();
    }

    @Test
    void missingDataIsListedWithWhereToEnterIt() {
        AnnualReport r2019 = reports.open(2019);
        ReportData d = data.compute(2019, r2019.withSection(4, "Площадок: {{msip}}, {{nonsense}}").withSection(5, ""));
        assertThat(d.gaps()).extracting(Gap::sectionId).contains("reference", "reports");
        assertThat(d.gaps()).extracting(Gap::text)
                .anyMatch(t -> t.contains("2019–2020") && t.contains("направления"))
                .anyMatch(t -> t.contains("{{nonsense}}") && t.contains("Инновационность"))
                .anyMatch(t -> t.contains("Измерение и оценка качества инновации") && t.contains("не написан"))
                .anyMatch(t -> t.contains("плана работы") && t.contains("2019–2020"));
        assertThat(compute(2017).gaps()).extracting(Gap::text).noneMatch(t -> t.contains("{{"));
        assertThatThrownBy(() -> FilledText.strict(r2019.withSection(4, "{{nonsense}}"), d))
                .isInstanceOf(UserException.class).hasMessageContaining("{{nonsense}}").hasMessageContaining("Инновационность");
    }

    @Test
    void aNewYearStartsFromACopyOfTheLatestEarlierOne() {
        AnnualReport y2019 = reports.open(2019);
        AnnualReport y2018 = reports.find(2018).orElseThrow();
        assertThat(y2019.sections()).isEqualTo(y2018.sections());
        assertThat(y2019.title()).isEqualTo(y2018.title());
        assertThat(reports.open(2019).id()).isEqualTo(y2019.id());
        assertThat(reports.open(2016).sections()).allMatch(String::isEmpty);
    }

    @Test
    void savingTwiceFromTheSameReadIsRefused() {
        AnnualReport read = reports.find(2017).orElseThrow();
        AnnualReport saved = reports.save(read.withSection(2, "Новый текст"));
        assertThat(reports.find(2017).orElseThrow().section(2)).isEqualTo("Новый текст");
        assertThat(saved.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> reports.save(read.withSection(2, "Другой текст"))).isInstanceOf(ConcurrentEditException.class);
        assertThat(reports.find(2017).orElseThrow().section(2)).isEqualTo("Новый текст");
    }

    @Test
    void theWorkPlanIsReplacedWholeAndCheckedRowByRow() {
        AcademicYear y = new AcademicYear(2018);
        List<WorkPlanItem> read = reports.workPlan(y);
        List<WorkPlanItem> edited = new ArrayList<>(read);
        edited.add(new WorkPlanItem(null, y, ActivityKind.PRACTICAL, 0, "Новая строка", "Май", "Отчёт", "КНМЦ", 0));
        List<WorkPlanItem> saved = reports.saveWorkPlan(y, read, edited);
        assertThat(saved).hasSize(12);
        assertThat(reports.workPlan(y)).filteredOn(i -> i.kind() == ActivityKind.PRACTICAL).hasSize(3);
        assertThatThrownBy(() -> reports.saveWorkPlan(y, read, edited)).isInstanceOf(ConcurrentEditException.class);
        List<WorkPlanItem> broken = new ArrayList<>(saved);
        broken.add(new WorkPlanItem(null, y, ActivityKind.PRACTICAL, 0, " ", "", "", "", 0));
        assertThatThrownBy(() -> reports.saveWorkPlan(y, saved, broken)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("строка 13");
        assertThat(reports.workPlan(y)).hasSize(12);
    }
}
