package ru.knmc.innonet.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.contest.Application;
import ru.knmc.innonet.contest.ApplicationInvolvement;
import ru.knmc.innonet.contest.ApplicationService;
import ru.knmc.innonet.contest.ApplicationStatus;
import ru.knmc.innonet.contest.Contest;
import ru.knmc.innonet.contest.ContestKind;
import ru.knmc.innonet.contest.ContestService;
import ru.knmc.innonet.contest.FormalCheck;
import ru.knmc.innonet.contest.FormalItem;
import ru.knmc.innonet.contest.Passport;
import ru.knmc.innonet.contest.RipoConclusion;
import ru.knmc.innonet.contest.RipoInvolvement;
import ru.knmc.innonet.contest.RipoMaterial;
import ru.knmc.innonet.contest.RipoService;
import ru.knmc.innonet.contest.Subsystem;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.network.MemberLevel;
import ru.knmc.innonet.network.Network;
import ru.knmc.innonet.network.NetworkFixture;
import ru.knmc.innonet.network.NetworkInvolvement;
import ru.knmc.innonet.network.NetworkService;
import ru.knmc.innonet.network.RoadmapItem;
import ru.knmc.innonet.network.RoadmapStatus;
import ru.knmc.innonet.network.TeamMember;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.Person;

/**
 * Target indicators defined in full, values entered with who and when, and the teachers involved computed from
 * contest applications, the RIPO bank and networks besides the entered figures (H2 and PostgreSQL subclasses).
 */
abstract class IndicatorSourcesContract {
    static final Clock MARCH_2018 = Clock.fixed(LocalDate.of(2018, 3, 5).atTime(10, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    Database db;
    NetworkFixture f;
    IndicatorService indicators;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        db = freshDatabase();
        f = new NetworkFixture(db);
        indicators = new IndicatorService(db.dsl(), List.of(new EnteredInvolvement(), new EventInvolvement(),
                new ApplicationInvolvement(), new RipoInvolvement(), new NetworkInvolvement()), MARCH_2018, "ivanova");
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    Indicator share(IndicatorComputation c) {
        return indicators.save(new Indicator(null, "Доля педагогов", "%", new BigDecimal("36"), 2016, 2016, new BigDecimal("12"),
                2018, c, 0, 0));
    }

    @Test
    void anIndicatorIsDefinedInFullChangedAndDeleted() {
        Indicator i = share(IndicatorComputation.TEACHERS_IN_PROJECTS);
        assertThat(indicators.indicators()).singleElement().satisfies(x -> {
            assertThat(x.startYear()).isEqualTo(2016);
            assertThat(x.baseYear()).isEqualTo(2016);
            assertThat(x.baseline()).isEqualByComparingTo("12");
            assertThat(x.targetYear()).isEqualTo(2018);
            assertThat(x.sortOrder()).as("a new one goes last").isEqualTo(10);
        });
        Indicator changed = indicators.save(new Indicator(i.id(), "Доля педагогов в проектах", "%", new BigDecimal("40"), 2016,
                2016, new BigDecimal("12"), 2019, IndicatorComputation.MANUAL, i.sortOrder(), i.version()));
        assertThat(changed.version()).isEqualTo(1);
        assertThat(indicators.indicators()).extracting(Indicator::title, Indicator::targetYear)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Доля педагогов в проектах", 2019));
        assertThatThrownBy(() -> indicators.delete(i)).as("a stale copy").isInstanceOf(ConcurrentEditException.class);
        indicators.saveValue(changed.id(), 2017, new BigDecimal("20"), null);
        indicators.delete(changed);
        assertThat(indicators.indicators()).isEmpty();
    }

    @Test
    void theRulesNameTheField() {
        assertThatThrownBy(() -> indicators.save(new Indicator(null, "Доля", "%", new BigDecimal("36"), 2019, 2016, null, 2018,
                IndicatorComputation.MANUAL, 0, 0))).isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("startYear");
                    assertThat(e.getMessage()).contains("Начало периода").contains("2019").contains("2018");
                });
        assertThatThrownBy(() -> indicators.save(new Indicator(null, "Доля", "%", new BigDecimal("136"), null, null, null, 2018,
                IndicatorComputation.MANUAL, 0, 0))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("target"));
        assertThatThrownBy(() -> indicators.save(new Indicator(null, "Доля", "%", new BigDecimal("36"), null, null,
                new BigDecimal("10"), 2018, IndicatorComputation.MANUAL, 0, 0))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("baseYear"));
        assertThatThrownBy(() -> indicators.save(new Indicator(null, " ", "%", new BigDecimal("36"), null, null, null, 2018,
                IndicatorComputation.MANUAL, 0, 0))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.field()).isEqualTo("title"));
        assertThat(indicators.indicators()).isEmpty();
    }

    @Test
    void anEnteredValueSaysWhoEnteredItAndWhen() {
        Indicator i = share(IndicatorComputation.MANUAL);
        assertThat(indicators.actual(i, 2017).source()).isEqualTo("значение не введено");
        indicators.saveValue(i.id(), 2017, new BigDecimal("31.5"), "мониторинг ИРО");
        IndicatorActual a = indicators.actual(i, 2017);
        assertThat(a.value()).isEqualByComparingTo("31.5");
        assertThat(a.computed()).isFalse();
        assertThat(a.source()).isEqualTo("введено вручную: ivanova, 05.03.2018 10:30; мониторинг ИРО");
    }

    @Test
    void teachersInProjectsComeFromApplicationsNetworksAndEnteredFigures() {
        Organization a = f.org(OrgType.GENERAL, "СОШ № 1");
        Organization b = f.org(OrgType.GENERAL, "СОШ № 2");
        Organization c = f.org(OrgType.PRESCHOOL, "ДС № 3");
        OrganizationYearService years = new OrganizationYearService(db.dsl());
        years.save(new OrganizationFigures(a.id(), null, 2017, null, 100, 10, null, -1));
        years.save(new OrganizationFigures(b.id(), null, 2017, null, 50, null, null, -1));
        years.save(new OrganizationFigures(c.id(), null, 2017, null, 50, null, null, -1));
        // the project contest of 2017: four authors of СОШ № 1 (max with the 10 entered: 10), three of СОШ № 2, one returned
        Contest contest = new ContestService(db.dsl()).announce(Contest.announce("XVI", 2017, ContestKind.PROJECT, "конкурс", null));
        ApplicationService apps = new ApplicationService(db.dsl());
        application(apps, contest, a, persons(4, a), ApplicationStatus.ACCEPTED);
        application(apps, contest, b, persons(3, b), ApplicationStatus.ACCEPTED);
        application(apps, contest, b, persons(5, b), ApplicationStatus.RETURNED);
        // a network of 2017: ДС № 3 leads, СОШ № 2 is a member; their team representatives and a roadmap responsible
        Person lead = f.person("Головко", "Анна", null, "заведующий", c.id());
        Person rep = f.person("Мищенко", "Ольга", null, "учитель", b.id());
        Person tutor = f.person("Тьюторова", "Инна", null, "воспитатель", c.id());
        Network n = NetworkFixture.network("Сеть ДС № 3", c.id(), LocalDate.of(2017, 9, 1),
                List.of(NetworkFixture.member(b.id(), MemberLevel.PARTNER, LocalDate.of(2017, 9, 1), null)));
        n = new Network(null, n.name(), null, null, c.id(), n.variant(), n.form(), n.startDate(), null, null, null, null, 0,
                n.members(), List.of(), List.of(new TeamMember(null, c.id(), lead.id(), "руководитель"),
                new TeamMember(null, b.id(), rep.id(), "член команды")),
                List.of(new RoadmapItem(null, new AcademicYear(2017), "Семинар сети", LocalDate.of(2017, 11, 20),
                        LocalDate.of(2017, 11, 20), c.id(), tutor.id(), null, RoadmapStatus.DONE, null)));
        new NetworkService(db.dsl()).save(n);

        IndicatorActual actual = indicators.actual(share(IndicatorComputation.TEACHERS_IN_PROJECTS), 2017);
        // a: max(10 entered, 4 authors) = 10; b: max(3 authors, 1 in the team) = 3; c: 2 (lead and the roadmap's tutor)
        assertThat(actual.value()).isEqualByComparingTo(BigDecimal.valueOf(15 * 100).divide(BigDecimal.valueOf(200)));
        assertThat(actual.source()).contains("15 из 200").contains("данные организаций — 10")
                .contains("авторы заявок конкурса — 7").contains("команды и дорожные карты сетей — 3");
        assertThat(actual.feeds()).containsExactly("данные организаций", "авторы заявок конкурса", "команды и дорожные карты сетей");
        assertThat(new NetworkInvolvement().teachers(db.dsl(), 2016, IndicatorComputation.TEACHERS_IN_PROJECTS))
                .as("the network began in September 2017").isEmpty();
        assertThat(new ApplicationInvolvement().teachers(db.dsl(), 2017, IndicatorComputation.TEACHERS_IN_PRODUCTS))
                .as("a project contest says nothing of products").isEmpty();
    }

    @Test
    void teachersInProductsComeFromTheRipoBankAndTheProductContest() {
        Organization a = f.org(OrgType.PRESCHOOL, "ДС № 23");
        Organization b = f.org(OrgType.GENERAL, "СОШ № 5");
        OrganizationYearService years = new OrganizationYearService(db.dsl());
        years.save(new OrganizationFigures(a.id(), null, 2017, null, 40, null, null, -1));
        years.save(new OrganizationFigures(b.id(), null, 2017, null, 60, null, null, -1));
        RipoService ripo = new RipoService(db.dsl());
        ripo.save(new RipoMaterial(null, "Разработка 1", "Иванова А.А., Петрова Б.Б.; Сидорова В.В.", a.id(), Subsystem.PRESCHOOL,
                2017, 70.0, RipoConclusion.POSITIVE, LocalDate.of(2017, 12, 20), null, 0));
        ripo.save(new RipoMaterial(null, "Разработка 2", "Иванова А.А.", a.id(), Subsystem.PRESCHOOL,
                2017, 70.0, RipoConclusion.POSITIVE, LocalDate.of(2017, 12, 20), null, 0));
        ripo.save(new RipoMaterial(null, "Отклонённая", "Кузнецова Г.Г., Орлова Д.Д.", b.id(), Subsystem.GENERAL,
                2017, 80.0, RipoConclusion.NEGATIVE, null, null, 0));
        Contest products = new ContestService(db.dsl()).announce(Contest.announce("I", 2017, ContestKind.PRODUCT, "конкурс продуктов", null));
        application(new ApplicationService(db.dsl()), products, b, persons(2, b), ApplicationStatus.ACCEPTED);

        IndicatorActual actual = indicators.actual(share(IndicatorComputation.TEACHERS_IN_PRODUCTS), 2017);
        assertThat(actual.source()).contains("5 из 100").contains("авторы материалов банка РИПО — 3")
                .contains("авторы заявок конкурса — 2");
        assertThat(actual.value()).isEqualByComparingTo("5.0");
    }

    private List<Long> persons(int n, Organization at) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> f.person("Автор" + at.id() + "x" + i + "x" + System.nanoTime(),
                "Анна", null, "учитель", at.id()).id()).toList();
    }

    private static void application(ApplicationService apps, Contest contest, Organization org, List<Long> authors,
                                    ApplicationStatus status) {
        Application a = apps.save(Application.submitted(contest.id(), org.id(), Subsystem.GENERAL, null, null, authors, List.of(),
                Passport.ofTopic("Тема " + org.shortName()), List.of(), LocalDate.of(2017, 10, 1)));
        if (status != ApplicationStatus.SUBMITTED) {
            boolean passed = status != ApplicationStatus.RETURNED;
            apps.formalCheck(a, List.of(new FormalCheck(FormalItem.FORMAT, passed, passed ? null : "нет подписи")));
        }
    }
}
