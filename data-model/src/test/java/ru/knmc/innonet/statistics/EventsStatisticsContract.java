package ru.knmc.innonet.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.event.Dimension;
import ru.knmc.innonet.event.Event;
import ru.knmc.innonet.event.EventFormat;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.event.ParticipantCount;
import ru.knmc.innonet.event.ParticipantDraft;
import ru.knmc.innonet.event.ParticipantImportPlan;
import ru.knmc.innonet.event.ParticipantImportService;
import ru.knmc.innonet.event.ParticipationSummary;
import ru.knmc.innonet.event.Publication;
import ru.knmc.innonet.event.PublicationService;
import ru.knmc.innonet.registry.Municipality;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.ReferenceService;

/** Events, participation, publications, visits and indicators on a real database (H2 and PostgreSQL subclasses). */
abstract class EventsStatisticsContract {
    Database db;
    EventService events;
    VisitStatsService visits;
    Municipality krasnodar;
    Municipality sochi;

    abstract Database freshDatabase();

    @BeforeEach
    void setUp() {
        db = freshDatabase();
        events = new EventService(db.dsl());
        visits = new VisitStatsService(db.dsl());
        ReferenceService ref = new ReferenceService(db.dsl());
        krasnodar = ref.saveMunicipality(new Municipality(null, "Краснодар", "Краснодарский край", 0));
        sochi = ref.saveMunicipality(new Municipality(null, "Сочи", "Краснодарский край", 0));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    Organization school(String number) {
        return new OrganizationService(db.dsl()).save(new Organization(null, OrgType.GENERAL, "МБОУ", "СОШ", number, null,
                "муниципальное бюджетное общеобразовательное учреждение СОШ № " + number, "МБОУ СОШ № " + number,
                krasnodar.id(), null, null, null, null, null, false, 0));
    }

    long kind(String name) {
        return events.kinds().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow().id();
    }

    Event event(String title, String kind, EventLevel level, LocalDate start, Integer total) {
        return events.save(new Event(null, title, kind(kind), level, EventFormat.IN_PERSON, start, null, null, null, null,
                null, total, 0));
    }

    @Test
    void eventKindsAreAReferenceTableSeededByTheMigration() {
        assertThat(events.kinds()).extracting(k -> k.name())
                .contains("фестиваль", "семинар", "вебинар", "конференция", "мастер-класс", "круглый стол",
                        "день педмарафона", "стажировка", "публичная защита", "заседание", "заочная экспертиза");
    }

    @Test
    void endBeforeStartIsRefusedNamingTheField() {
        assertThatThrownBy(() -> events.save(new Event(null, "Семинар", kind("семинар"), EventLevel.MUNICIPAL,
                EventFormat.ONLINE, LocalDate.of(2017, 3, 2), LocalDate.of(2017, 3, 1), null, null, null, null, null, 0)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("Дата окончания")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo("endDate"));
    }

    @Test
    void festivalCountsByMunicipalityAndTotal() {
        Event fest = event("Новые идеи — новой школе", "фестиваль", EventLevel.REGIONAL, LocalDate.of(2017, 2, 19), 300);
        events.saveCounts(fest.id(), List.of(new ParticipantCount(Dimension.MUNICIPALITY, krasnodar.id(), 280),
                new ParticipantCount(Dimension.MUNICIPALITY, sochi.id(), 20)));
        ParticipationSummary s = events.summary(fest.id());
        assertThat(s.total()).isEqualTo(300);
        assertThat(s.fromList()).isFalse();
        assertThat(s.byMunicipality()).containsEntry("Краснодар", 280).containsEntry("Сочи", 20);
        assertThat(events.events(2017)).singleElement().satisfies(r -> assertThat(r.participants()).isEqualTo(300));
        assertThat(events.events(2016)).isEmpty();
    }

    @Test
    void countsDerivedFromANamedListEqualTheListAndDuplicatesAreLeftOut() {
        Organization s23 = school("23");
        Event sem = event("Семинар", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2017, 3, 14), 999);
        List<ParticipantDraft> drafts = new ArrayList<>();
        drafts.add(new ParticipantDraft(2, "Иванова", "Мария", "Петровна", "МБОУ СОШ № 23", "учитель", "Краснодар", "педагоги"));
        drafts.add(new ParticipantDraft(3, "Петрова", "Анна", "", "Школа № 999", "методист", "Сочи", "руководители"));
        drafts.add(new ParticipantDraft(4, "Сидорова", "Ольга", "Ивановна", "МБОУ СОШ № 23", "учитель", "Краснодар", ""));
        drafts.add(new ParticipantDraft(5, "ИВАНОВА", "Мария", "Пётровна", "МБОУ СОШ № 23", "учитель", "Краснодар", "педагоги"));
        ParticipantImportService imports = new ParticipantImportService(db.dsl());
        ParticipantImportPlan plan = imports.plan(sem.id(), "list.xlsx", drafts);
        assertThat(plan.participants()).hasSize(3);
        assertThat(plan.duplicates()).singleElement().asString().contains("строка 5").contains("строки 2");
        assertThat(plan.unmatched()).containsExactly("Школа № 999");
        assertThat(events.participants(sem.id())).isEmpty();
        imports.apply(plan);
        ParticipationSummary s = events.summary(sem.id());
        assertThat(s.fromList()).isTrue();
        assertThat(s.total()).isEqualTo(events.participants(sem.id()).size()).isEqualTo(3);
        assertThat(s.byOrganization()).containsEntry(s23.shortName(), 2).containsEntry("Школа № 999", 1);
        assertThat(s.byMunicipality()).containsEntry("Краснодар", 2).containsEntry("Сочи", 1);
        assertThat(s.byCategory()).containsEntry("педагоги", 1).containsEntry("руководители", 1).containsEntry("не указано", 1);
        assertThat(s.byCategory().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.total());
    }

    @Test
    void anUnknownCategoryStopsTheWholeListNamingTheRow() {
        Event sem = event("Семинар", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2017, 3, 14), null);
        ParticipantImportService imports = new ParticipantImportService(db.dsl());
        assertThatThrownBy(() -> imports.plan(sem.id(), "list.csv", List.of(
                new ParticipantDraft(2, "Иванова", null, null, null, null, null, "педагоги"),
                new ParticipantDraft(3, "Петрова", null, null, null, null, null, "космонавты"))))
                .isInstanceOf(UserException.class).hasMessageContaining("list.csv").hasMessageContaining("строка 3")
                .hasMessageContaining("космонавты");
        assertThat(events.participants(sem.id())).isEmpty();
    }

    @Test
    void publicationsPerYear() {
        PublicationService pubs = new PublicationService(db.dsl());
        long outlet = pubs.outlets().get(0).id();
        int[] counts = {4, 7, 9, 13, 23};
        for (int i = 0; i < counts.length; i++) {
            for (int k = 0; k < counts[i]; k++) {
                pubs.save(new Publication(null, outlet, null, LocalDate.of(2013 + i, 1 + k % 12, 10), "Статья " + k, null, null, 0));
            }
        }
        assertThat(pubs.perYear(2012, 2017)).containsExactly(Map.entry(2012, 0), Map.entry(2013, 4), Map.entry(2014, 7),
                Map.entry(2015, 9), Map.entry(2016, 13), Map.entry(2017, 23));
        assertThat(pubs.publications(2017)).hasSize(23);
    }

    WebResource site() {
        return visits.saveResource(new WebResource(null, "Инновационная инфраструктура", "http://www.knmc.ru", 0, 0));
    }

    @Test
    void manualYearlyFiguresAndSegmentsAsSeed001() {
        WebResource vmk = visits.saveResource(new WebResource(null, "Виртуальный методический кабинет", null, 1, 0));
        WebResource site = site();
        visits.saveManual(manual(vmk, 2016, Segment.ALL, VisitFigures.of(4239, null, null, null)));
        visits.saveManual(manual(site, 2016, Segment.ALL, VisitFigures.of(null, 9860, 27000, 138400)));
        visits.saveManual(manual(vmk, 2017, Segment.PRESCHOOL, VisitFigures.of(2154, null, null, null)));
        visits.saveManual(manual(vmk, 2017, Segment.GENERAL, VisitFigures.of(5429, null, null, null)));
        visits.saveManual(manual(vmk, 2017, Segment.ADDITIONAL, VisitFigures.of(1940, null, null, null)));
        // typed again: replaced, not doubled
        visits.saveManual(manual(vmk, 2016, Segment.ALL, VisitFigures.of(4239, null, null, null)));
        assertThat(visits.yearly(null, 2016, Segment.ALL)).isEqualTo(VisitFigures.of(4239, 9860, 27000, 138400));
        assertThat(visits.yearly(vmk.id(), 2016, Segment.ALL).visitors()).isEqualTo(4239);
        assertThat(visits.segments(vmk.id(), 2017)).hasSize(3)
                .containsEntry(Segment.GENERAL, VisitFigures.of(5429, null, null, null));
        assertThat(visits.stats(null)).hasSize(5);
    }

    private static VisitStat manual(WebResource r, int year, Segment s, VisitFigures f) {
        return new VisitStat(null, r.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), s, f, VisitSource.MANUAL,
                null, true, 0);
    }

    static VisitFile file(String name, LocalDate start, LocalDate end, VisitFigures total, int months, int visitsPerMonth) {
        List<VisitPeriod> rows = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            LocalDate s = start.plusMonths(m);
            rows.add(new VisitPeriod(s, s.plusMonths(1).minusDays(1), VisitFigures.of(100, 50, visitsPerMonth, 400)));
        }
        return new VisitFile(VisitSource.METRICA, name, "CSV", start, end, total, rows, List.of());
    }

    @Test
    void reimportingAnOverlappingPeriodReplacesAndNeverDoubleCounts() {
        WebResource site = site();
        visits.saveManual(new VisitStat(null, site.id(), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 3, 31), Segment.ALL,
                VisitFigures.of(1, 1, 1, 1), VisitSource.MANUAL, null, true, 0));
        visits.saveManual(manual(site, 2017, Segment.ALL, VisitFigures.of(7, 7, 7, 7)));
        VisitFile first = file("visits_2018-01-01_2018-06-30.csv", LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30),
                VisitFigures.of(500, 300, 1200, 2400), 6, 200);
        VisitImportPlan p1 = visits.plan(site, Segment.ALL, first);
        assertThat(p1.replaced()).singleElement().satisfies(s -> assertThat(s.figures().visitors()).isEqualTo(1));
        assertThat(p1.added()).hasSize(7);
        assertThat(visits.stats(site.id())).hasSize(2);
        visits.apply(p1);
        assertThat(visits.yearly(site.id(), 2018, Segment.ALL).visits()).isEqualTo(1200);
        VisitFile second = file("visits_2018-04-01_2018-12-31.csv", LocalDate.of(2018, 4, 1), LocalDate.of(2018, 12, 31),
                VisitFigures.of(900, 600, 2700, 5400), 9, 300);
        VisitImportPlan p2 = visits.plan(site, Segment.ALL, second);
        // the old half-year total and April–June overlap; January–March stay
        assertThat(p2.replaced()).hasSize(4);
        visits.apply(p2);
        Map<Integer, VisitFigures> monthly = visits.monthly(site.id(), 2018);
        assertThat(monthly).hasSize(12);
        assertThat(monthly.get(3).visits()).isEqualTo(200);
        assertThat(monthly.get(4).visits()).isEqualTo(300);
        assertThat(visits.yearly(site.id(), 2018, Segment.ALL).visits()).isEqualTo(2700);
        assertThat(visits.yearly(site.id(), 2017, Segment.ALL).visits()).isEqualTo(7);
        // the same file again: same rows, nothing doubled
        visits.apply(visits.plan(site, Segment.ALL, second));
        assertThat(visits.stats(site.id())).hasSize(1 + 3 + 1 + 9);
        // a month re-imported inside a longer stored period: the month is replaced, the longer totals kept and named
        VisitFile june = file("visits_2018-06-01_2018-06-30.csv", LocalDate.of(2018, 6, 1), LocalDate.of(2018, 6, 30),
                VisitFigures.of(90, 60, 350, 700), 0, 0);
        VisitImportPlan p3 = visits.plan(site, Segment.ALL, june);
        assertThat(p3.replaced()).singleElement().satisfies(s -> assertThat(s.start()).isEqualTo(LocalDate.of(2018, 6, 1)));
        assertThat(p3.kept()).singleElement().satisfies(s -> assertThat(s.figures().visits()).isEqualTo(2700));
        visits.apply(p3);
        assertThat(visits.monthly(site.id(), 2018).get(6).visits()).isEqualTo(350);
        assertThat(visits.yearly(site.id(), 2018, Segment.ALL).visits()).isEqualTo(2700);
    }

    @Test
    void teachersIndicatorComputedFromEnteredFiguresAndEventLists() {
        Organization a = school("1");
        Organization b = school("2");
        OrganizationYearService years = new OrganizationYearService(db.dsl());
        years.save(new OrganizationFigures(a.id(), null, 2017, null, 100, 30, 20, -1));
        years.save(new OrganizationFigures(b.id(), null, 2017, null, 50, 5, null, -1));
        Event sem = event("Семинар", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2017, 3, 14), null);
        List<ParticipantDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            drafts.add(new ParticipantDraft(2 + i, "Учитель" + i, "Имя", null, b.shortName(), "учитель", null, null));
        }
        ParticipantImportService imports = new ParticipantImportService(db.dsl());
        imports.apply(imports.plan(sem.id(), "l.csv", drafts));
        IndicatorService ind = new IndicatorService(db.dsl());
        Indicator projects = ind.save(new Indicator(null, "Доля педагогов в проектах", "%", new BigDecimal("36"), 2016, 2018,
                IndicatorComputation.TEACHERS_IN_PROJECTS, 1, 0));
        IndicatorActual actual = ind.actual(projects, 2017);
        // a: 30 of 100 entered; b: max(5 entered, 12 from the seminar's list) of 50 → 42 of 150
        assertThat(actual.value()).isEqualByComparingTo("28.0");
        assertThat(actual.computed()).isTrue();
        assertThat(actual.source()).contains("42 из 150").contains("списки участников");
        ind.saveValue(projects.id(), 2017, new BigDecimal("35"), "мониторинг ИРО");
        assertThat(ind.actual(projects, 2017)).satisfies(v -> {
            assertThat(v.value()).isEqualByComparingTo("35");
            assertThat(v.computed()).isFalse();
            assertThat(v.source()).contains("мониторинг ИРО");
        });
        assertThat(ind.actual(projects, 2016).value()).isNull();
    }

    @Test
    void decileGapReductionFromRatings() {
        OrganizationYearService years = new OrganizationYearService(db.dsl());
        for (int i = 1; i <= 20; i++) {
            Organization o = school(String.valueOf(i));
            years.save(new OrganizationFigures(o.id(), null, 2016, BigDecimal.valueOf(50 + i * 2L), 10, null, null, -1));
            years.save(new OrganizationFigures(o.id(), null, 2017, BigDecimal.valueOf(60 + i), 10, null, null, -1));
        }
        IndicatorService ind = new IndicatorService(db.dsl());
        Indicator gap = ind.save(new Indicator(null, "Разрыв", "%", new BigDecimal("12"), 2016, 2018,
                IndicatorComputation.RATING_DECILE_GAP, 0, 0));
        // 2016: top two 88, 90 vs bottom 52, 54 → 36; 2017: 79, 80 vs 61, 62 → 18; reduced by 50 %
        assertThat(ind.actual(gap, 2017).value()).isEqualByComparingTo("50.0");
        assertThat(ind.actual(gap, 2018).value()).isNull();
        assertThat(ind.actual(gap, 2018).source()).contains("не вычислено");
    }

    @Test
    void eventFiguresByKindLevelMunicipalityAndMonth() {
        Event fest = event("Фестиваль", "фестиваль", EventLevel.REGIONAL, LocalDate.of(2017, 2, 19), 300);
        events.saveCounts(fest.id(), List.of(new ParticipantCount(Dimension.MUNICIPALITY, krasnodar.id(), 300)));
        event("Семинар 1", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2017, 3, 1), 40);
        event("Семинар 2", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2017, 3, 20), 20);
        event("Вебинар", "вебинар", EventLevel.MUNICIPAL, LocalDate.of(2016, 3, 20), 20);
        EventFigures f = new EventFigures(db.dsl());
        assertThat(f.participantsByKind(2017)).containsExactly(Map.entry("фестиваль", 300), Map.entry("семинар", 60));
        assertThat(f.participantsByLevel(2017)).containsEntry(EventLevel.REGIONAL, 300).containsEntry(EventLevel.MUNICIPAL, 60)
                .containsEntry(EventLevel.FEDERAL, 0);
        assertThat(f.participantsByMunicipality(2017)).containsExactly(Map.entry("Краснодар", 300));
        assertThat(f.eventsPerMonth(2017)).containsEntry(2, 1).containsEntry(3, 2).containsEntry(4, 0);
    }

    @Test
    void eventFiguresOverAnAcademicYearAndFromOneMunicipality() {
        Event fest = event("Фестиваль", "фестиваль", EventLevel.REGIONAL, LocalDate.of(2017, 10, 5), 135);
        Event sem = event("Семинар", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2018, 2, 14), null);
        event("Вебинар без разбивки", "вебинар", EventLevel.MUNICIPAL, LocalDate.of(2018, 1, 31), 50);
        Event later = event("Конференция", "конференция", EventLevel.REGIONAL, LocalDate.of(2018, 9, 1), 70);
        event("Летний семинар", "семинар", EventLevel.MUNICIPAL, LocalDate.of(2017, 8, 31), 10);
        ParticipantImportService imports = new ParticipantImportService(db.dsl());
        imports.apply(imports.plan(sem.id(), "list.xlsx", List.of(
                new ParticipantDraft(2, "Иванова", "Мария", "Петровна", "", "учитель", "Краснодар", ""),
                new ParticipantDraft(3, "Петрова", "Анна", "", "", "методист", "Сочи", ""),
                new ParticipantDraft(4, "Сидорова", "Ольга", "", "", "учитель", "Краснодар", ""),
                new ParticipantDraft(5, "ПЕТРОВА", "Анна", "", "", "методист", "Сочи", ""))));
        // a municipality of the same name in another region: counted by id, never with the krai's Сочи
        Municipality otherSochi = new ReferenceService(db.dsl()).saveMunicipality(new Municipality(null, "Сочи", "Другой край", 0));
        events.saveCounts(fest.id(), List.of(new ParticipantCount(Dimension.MUNICIPALITY, krasnodar.id(), 100),
                new ParticipantCount(Dimension.MUNICIPALITY, sochi.id(), 30),
                new ParticipantCount(Dimension.MUNICIPALITY, otherSochi.id(), 5)));
        events.saveCounts(later.id(), List.of(new ParticipantCount(Dimension.MUNICIPALITY, krasnodar.id(), 70)));
        EventFigures f = new EventFigures(db.dsl());
        MonthPeriod year = MonthPeriod.academicYear(2017);
        assertThat(f.participantsByKind(year, null)).containsExactly(Map.entry("фестиваль", 135), Map.entry("семинар", 3),
                Map.entry("вебинар", 50));
        assertThat(f.participantsByKind(year, sochi.id())).containsExactly(Map.entry("фестиваль", 30), Map.entry("семинар", 1),
                Map.entry("вебинар", 0));
        assertThat(f.participantsByKind(year, otherSochi.id())).containsEntry("фестиваль", 5).containsEntry("семинар", 0);
        assertThat(f.participantsByLevel(year, krasnodar.id())).containsEntry(EventLevel.REGIONAL, 100)
                .containsEntry(EventLevel.MUNICIPAL, 2).containsEntry(EventLevel.FEDERAL, 0);
        assertThat(f.participantsByLevel(MonthPeriod.calendarYear(2018), krasnodar.id())).containsEntry(EventLevel.REGIONAL, 70)
                .containsEntry(EventLevel.MUNICIPAL, 2);
        assertThat(f.participantsByMunicipality(new MonthPeriod(YearMonth.of(2018, 1), YearMonth.of(2018, 2))))
                .containsExactly(Map.entry("Краснодар", 2), Map.entry("Сочи", 1));
        Map<YearMonth, Integer> months = f.eventsPerMonth(year);
        assertThat(months.keySet()).hasSize(12).startsWith(YearMonth.of(2017, 9)).endsWith(YearMonth.of(2018, 8));
        assertThat(months).containsEntry(YearMonth.of(2017, 10), 1).containsEntry(YearMonth.of(2018, 1), 1)
                .containsEntry(YearMonth.of(2018, 2), 1).containsEntry(YearMonth.of(2017, 9), 0);
        assertThat(months.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }

    @Test
    void aPeriodIsNamedInRussianAndABackwardOrTooLongOneIsRefused() {
        assertThat(MonthPeriod.calendarYear(2017).label()).isEqualTo("2017 год");
        assertThat(MonthPeriod.academicYear(2017).label()).isEqualTo("2017–2018 учебный год (сентябрь 2017 — август 2018)");
        MonthPeriod custom = new MonthPeriod(YearMonth.of(2017, 9), YearMonth.of(2018, 5));
        assertThat(custom.label()).isEqualTo("сентябрь 2017 — май 2018");
        assertThat(custom.months()).hasSize(9);
        assertThat(custom.start()).isEqualTo(LocalDate.of(2017, 9, 1));
        assertThat(custom.end()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(custom.shortName(YearMonth.of(2017, 10))).isEqualTo("окт. 2017");
        assertThat(MonthPeriod.calendarYear(2017).shortName(YearMonth.of(2017, 10))).isEqualTo("окт.");
        assertThatThrownBy(() -> new MonthPeriod(YearMonth.of(2018, 5), YearMonth.of(2017, 9)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("май 2018").hasMessageContaining("сентябрь 2017");
        assertThatThrownBy(() -> new MonthPeriod(YearMonth.of(2015, 1), YearMonth.of(2018, 1)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("37").hasMessageContaining("36");
    }
}
