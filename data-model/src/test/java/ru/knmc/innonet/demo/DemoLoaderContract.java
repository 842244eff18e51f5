package ru.knmc.innonet.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.OverviewService;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.RegistryEntry;
import ru.knmc.innonet.registry.RegistryFilter;
import ru.knmc.innonet.registry.RegistryQueryService;
import ru.knmc.innonet.registry.StatusBrief;

/**
 * The demo database reproduces the figures of the customer's 2017 report (definitions in
 * {@code demo/README.md}); run on H2 and on PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoLoaderContract {
    private static final Set<String> SITE_KINDS = Set.of("MIP", "MSIP", "KIP", "FIP", "PILOT");
    private Database db;
    private List<RegistryEntry> entries;
    private ReferenceService reference;
    private Municipality krasnodar;

    abstract Database freshDatabase();

    @BeforeAll
    void loadOnce() {
        db = freshDatabase();
        List<Double> fractions = new ArrayList<>();
        DemoLoader.load(db, (f, m) -> fractions.add(f));
        assertThat(fractions).isSorted().contains(1.0);
        reference = new ReferenceService(db.dsl());
        entries = new RegistryQueryService(db.dsl()).load();
        krasnodar = reference.municipalityByName("Краснодар").orElseThrow();
    }

    @AfterAll
    void close() {
        db.close();
    }

    /** Краснодар's preschool, general and additional organizations: what the report counts. */
    private List<RegistryEntry> counted() {
        return entries.stream().filter(e -> e.organization().municipalityId().equals(krasnodar.id())
                && e.organization().type().isEducational()).toList();
    }

    private static boolean overlaps(StatusBrief s, int year) {
        return s.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private long kindCount(String code, int year) {
        return counted().stream().filter(e -> e.statuses().stream()
                .anyMatch(s -> s.kindCode().equals(code) && overlaps(s, year))).count();
    }

    private List<RegistryEntry> sites(int year) {
        return counted().stream().filter(e -> e.statuses().stream()
                .anyMatch(s -> SITE_KINDS.contains(s.kindCode()) && overlaps(s, year))).toList();
    }

    @Test
    void kindCountsOf2017AsTheReportStates() {
        assertThat(kindCount("MIP", 2017)).isEqualTo(15);
        assertThat(kindCount("MIP", 2016)).isEqualTo(20);
        assertThat(kindCount("PILOT", 2017)).isEqualTo(10);
        assertThat(kindCount("MSIP", 2017)).isEqualTo(22);
    }

    @Test
    void sixtyOneSitesWithSupervisorAreOverEightyFivePercent() {
        List<RegistryEntry> sites = sites(2017);
        long supervised = sites.stream().filter(e -> e.statuses().stream().anyMatch(s ->
                SITE_KINDS.contains(s.kindCode()) && overlaps(s, 2017) && s.supervisorId() != null)).count();
        assertThat(supervised).isEqualTo(61);
        assertThat(100.0 * supervised / sites.size()).isGreaterThan(85.0);
    }

    @Test
    void supervisorsFromKubsuAndIroAre35And10Percent() {
        List<StatusBrief> supervisedAssignments = sites(2017).stream().flatMap(e -> e.statuses().stream())
                .filter(s -> SITE_KINDS.contains(s.kindCode()) && overlaps(s, 2017) && s.supervisorId() != null).toList();
        Set<Long> supervisors = supervisedAssignments.stream().map(StatusBrief::supervisorId).collect(Collectors.toSet());
        long kubsu = supervisedAssignments.stream().filter(s -> "КубГУ".equals(s.supervisorOrganization()))
                .map(StatusBrief::supervisorId).distinct().count();
        long iro = supervisedAssignments.stream().filter(s -> "ГБОУ ИРО Краснодарского края".equals(s.supervisorOrganization()))
                .map(StatusBrief::supervisorId).distinct().count();
        assertThat(Math.round(100.0 * kubsu / supervisors.size())).isEqualTo(35);
        assertThat(Math.round(100.0 * iro / supervisors.size())).isEqualTo(10);
    }

    @Test
    void shareOfTheCityIs15PercentIn2016And25In2017() {
        assertThat(Math.round(OverviewService.share(2016, krasnodar.id(), entries, reference.totals(krasnodar.id(), 2016)).percent()))
                .isEqualTo(15);
        assertThat(Math.round(OverviewService.share(2017, krasnodar.id(), entries, reference.totals(krasnodar.id(), 2017)).percent()))
                .isEqualTo(25);
    }

    @Test
    void theOrdersOfTheSeedsArePresent() {
        assertThat(reference.orderByNumberAndDate("1394", LocalDate.of(2017, 8, 22))).isPresent();
        assertThat(reference.orderByNumberAndDate("1441", LocalDate.of(2017, 9, 1))).isPresent();
        assertThat(reference.orderByNumberAndDate("1121", LocalDate.of(2018, 7, 20))).isPresent();
        assertThat(reference.orderByNumberAndDate("5686", LocalDate.of(2016, 12, 13))).isPresent();
    }

    @Test
    void directionsOfBothYearsArePresent() {
        assertThat(reference.directions(new AcademicYear(2017))).hasSize(6);
        assertThat(reference.directions(new AcademicYear(2018))).isNotEmpty();
    }

    @Test
    void everyStatusHasAnExistingOrder() {
        int statuses = db.dsl().fetchCount(STATUS_ASSIGNMENT);
        int withOrder = db.dsl().fetchCount(STATUS_ASSIGNMENT.join(LEGAL_ORDER).on(LEGAL_ORDER.ID.eq(STATUS_ASSIGNMENT.ORDER_ID)));
        assertThat(statuses).isGreaterThan(100).isEqualTo(withOrder);
    }

    @Test
    void theSearchFindsTheSeedsSchools() {
        RegistryFilter f = new RegistryFilter("гимназия №40", null, null, null, null, null, false);
        assertThat(f.apply(entries)).extracting(e -> e.organization().number()).containsExactly("40");
        assertThat(entries.stream().filter(e -> e.organization().type() == OrgType.UNIVERSITY)).isNotEmpty();
    }

    @Test
    void loadingTwiceIsRefusedAndChangesNothing() {
        List<Integer> before = counts(db);
        assertThat(DemoLoader.isEmpty(db)).isFalse();
        assertThatThrownBy(() -> DemoLoader.load(db, ProgressListener.NONE))
                .isInstanceOf(UserException.class).hasMessageContaining("уже есть организации");
        assertThat(counts(db)).isEqualTo(before);
    }

    @Test
    void aBrokenReferenceNamesFileLineAndColumnAndLoadsNothing() {
        try (Database fresh = freshDatabase()) {
            DemoFiles broken = name -> name.equals(DemoLoader.STATUSES)
                    ? new StringReader("organization_key;status_code;start_date;order_key\n"
                    + "krd-ds-175;MSIP;01.09.2017;do-2017-1394\nkrd-nowhere;MSIP;01.09.2017;do-2017-1394\n")
                    : DemoFiles.bundled().open(name);
            assertThat(DemoLoader.isEmpty(fresh)).isTrue();
            assertThatThrownBy(() -> DemoLoader.load(fresh, broken, ProgressListener.NONE))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("statuses.csv").hasMessageContaining("строка 3")
                    .hasMessageContaining("organization_key").hasMessageContaining("krd-nowhere");
            assertThat(counts(fresh)).containsOnly(0);
        }
    }

    @Test
    void aBadDateNamesTheColumn() {
        try (Database fresh = freshDatabase()) {
            DemoFiles broken = name -> name.equals(DemoLoader.ORDERS)
                    ? new StringReader("key;number;date;issuer;title\nx;1;\"31.02.\n2017\";issuer;title\n")
                    : DemoFiles.bundled().open(name);
            assertThatThrownBy(() -> DemoLoader.load(fresh, broken, ProgressListener.NONE))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("orders.csv").hasMessageContaining("строка 2").hasMessageContaining("«date»");
        }
    }

    private static List<Integer> counts(Database db) {
        List<Table<?>> tables = List.of(MUNICIPALITY, MUNICIPALITY_ORG_TOTAL, LEGAL_ORDER, DIRECTION, ORGANIZATION, PERSON,
                STATUS_ASSIGNMENT);
        return tables.stream().map(t -> db.dsl().fetchCount(t)).toList();
    }

    @Test
    void contestDemoRanksWithOneDisagreementAndOneTie() {
        var contests = new ru.knmc.innonet.contest.ContestService(db.dsl()).list();
        assertThat(contests).singleElement().satisfies(c -> {
            assertThat(c.romanNumber()).isEqualTo("XVI");
            assertThat(c.academicYear()).isEqualTo(2017);
        });
        long id = contests.get(0).id();
        var groups = new ru.knmc.innonet.contest.ExpertService(db.dsl()).groups(2017);
        assertThat(groups).hasSize(4).filteredOn(g -> !g.isCouncil()).hasSize(3);
        var results = new ru.knmc.innonet.contest.ResultsService(db.dsl()).results(id);
        assertThat(results).hasSize(9);
        assertThat(results).filteredOn(ru.knmc.innonet.contest.RankedApplication::disagreement).hasSize(1);
        assertThat(results).filteredOn(ru.knmc.innonet.contest.RankedApplication::tie).hasSize(2)
                .extracting(ru.knmc.innonet.contest.RankedApplication::score).containsOnly(15.0);
        var ripo = new ru.knmc.innonet.contest.RipoService(db.dsl());
        assertThat(ripo.positiveBySubsystem(2017)).containsEntry(ru.knmc.innonet.contest.Subsystem.PRESCHOOL, 35)
                .containsEntry(ru.knmc.innonet.contest.Subsystem.GENERAL, 16)
                .containsEntry(ru.knmc.innonet.contest.Subsystem.ADDITIONAL, 3);
        assertThat(ripo.positiveByYear()).containsEntry(2016, 12).containsEntry(2017, 54);
    }
}
