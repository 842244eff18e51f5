package ru.knmc.innonet.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.db.TestDatabases;
import ru.knmc.innonet.event.Dimension;
import ru.knmc.innonet.event.Event;
import ru.knmc.innonet.event.EventFormat;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.event.ParticipantCount;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.home.Urgency;

/** The start page's statistics reminders, each naming the section that deals with it. */
class StatisticsRemindersH2Test {
    static final LocalDate TODAY = LocalDate.of(2018, 3, 10);
    Database db;
    VisitStatsService visits;
    IndicatorService indicators;
    EventService events;
    StatisticsReminders reminders;

    @BeforeEach
    void setUp() {
        db = TestDatabases.h2();
        visits = new VisitStatsService(db.dsl());
        indicators = new IndicatorService(db.dsl());
        events = new EventService(db.dsl());
        reminders = new StatisticsReminders(db.dsl(), indicators);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private List<Reminder> of(String section) {
        return reminders.reminders(TODAY).stream().filter(r -> r.sectionId().equals(section)).toList();
    }

    @Test
    void aResourceWithoutFiguresForTheLastMonthOrYear() {
        WebResource site = visits.saveResource(new WebResource(null, "Виртуальный методический кабинет", null, 0, 0));
        assertThat(of("statistics")).extracting(Reminder::text).containsExactlyInAnyOrder(
                "«Виртуальный методический кабинет»: нет данных о посещаемости за февраль 2018 года — импортируйте выгрузку Метрики или введите вручную.",
                "«Виртуальный методический кабинет»: нет данных о посещаемости за 2017 год.");
        assertThat(of("statistics")).allSatisfy(r -> {
            assertThat(r.targetId()).isEqualTo(site.id());
            assertThat(r.place()).isEqualTo(StatisticsReminders.VISITS_TAB);
        });
        visits.saveManual(new VisitStat(null, site.id(), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 25), Segment.ALL,
                VisitFigures.of(9523, null, null, null), VisitSource.MANUAL, null, true, 0));
        visits.saveManual(new VisitStat(null, site.id(), LocalDate.of(2018, 2, 1), LocalDate.of(2018, 2, 28), Segment.ALL,
                VisitFigures.of(900, null, null, null), VisitSource.MANUAL, null, true, 0));
        assertThat(of("statistics")).isEmpty();
    }

    @Test
    void anIndicatorWithoutAValueForTheLastYearOfItsPeriod() {
        Indicator open = indicators.save(new Indicator(null, "Доля педагогов", "%", new BigDecimal("36"), 2016, 2016, null, 2018,
                IndicatorComputation.MANUAL, 0, 0));
        indicators.save(new Indicator(null, "Показатель прошлого проекта", "%", new BigDecimal("10"), 2012, 2012, null, 2015,
                IndicatorComputation.MANUAL, 0, 0));
        assertThat(of("statistics")).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Показатель «Доля педагогов»: нет фактического значения за 2017 год — введите его или данные для расчёта.");
            assertThat(r.urgency()).isEqualTo(Urgency.OVERDUE);
            assertThat(r.targetId()).isEqualTo(open.id());
            assertThat(r.place()).isEqualTo(StatisticsReminders.INDICATORS_TAB);
        });
        indicators.saveValue(open.id(), 2017, new BigDecimal("30"), null);
        assertThat(of("statistics")).isEmpty();
    }

    @Test
    void aPastEventWithoutParticipants() {
        long seminar = events.kinds().stream().filter(k -> k.name().equals("семинар")).findFirst().orElseThrow().id();
        Event past = events.save(new Event(null, "Семинар сети", seminar, EventLevel.MUNICIPAL, EventFormat.IN_PERSON,
                LocalDate.of(2018, 2, 14), null, null, null, null, null, null, 0));
        events.save(new Event(null, "Будущий семинар", seminar, EventLevel.MUNICIPAL, EventFormat.IN_PERSON,
                LocalDate.of(2018, 4, 14), null, null, null, null, null, null, 0));
        events.save(new Event(null, "Давний семинар", seminar, EventLevel.MUNICIPAL, EventFormat.IN_PERSON,
                LocalDate.of(2016, 4, 14), null, null, null, null, null, null, 0));
        assertThat(of("events")).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo("Мероприятие «Семинар сети» (14.02.2018) прошло, а участники не внесены.");
            assertThat(r.targetId()).isEqualTo(past.id());
        });
        events.saveCounts(past.id(), List.of(new ParticipantCount(Dimension.CATEGORY, events.categories().get(0).id(), 40)));
        assertThat(of("events")).isEmpty();
    }
}
