package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_KIND;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.event.ParticipationSummary;

/**
 * A period's events and participants added up for charts and reports: by kind, level, municipality and month. An
 * event belongs to the period its start date falls in. With a municipality, an event counts the participants from
 * it: the persons of its list from that municipality, or its entered count for that municipality.
 */
public final class EventFigures {
    private final DSLContext dsl;

    public EventFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    private Map<Long, ParticipationSummary> summaries(MonthPeriod p) {
        return new EventService(dsl).summaries(p.start(), p.end());
    }

    private static int participants(ParticipationSummary s, Long municipalityId) {
        return municipalityId == null ? s.total() : s.fromMunicipality(municipalityId);
    }

    /** Participants by event kind in the calendar year, in the kinds' order; kinds without events are left out. */
    public Map<String, Integer> participantsByKind(int year) {
        return participantsByKind(MonthPeriod.calendarYear(year), null);
    }

    /** Participants by event kind in the period, from one municipality or (null) all; kinds without events are left out. */
    public Map<String, Integer> participantsByKind(MonthPeriod period, Long municipalityId) {
        Map<Long, ParticipationSummary> s = summaries(period);
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(EVENT.ID, EVENT_KIND.NAME).from(EVENT).join(EVENT_KIND).on(EVENT_KIND.ID.eq(EVENT.EVENT_KIND_ID))
                .where(EVENT.ID.in(s.keySet())).orderBy(EVENT_KIND.SORT_ORDER, EVENT_KIND.NAME)
                .forEach(r -> out.merge(r.value2(), participants(s.get(r.value1()), municipalityId), Integer::sum));
        return out;
    }

    /** Participants by level in the calendar year, every level present in the enum's order (0 when none). */
    public Map<EventLevel, Integer> participantsByLevel(int year) {
        return participantsByLevel(MonthPeriod.calendarYear(year), null);
    }

    /** Participants by level in the period, from one municipality or (null) all; every level present (0 when none). */
    public Map<EventLevel, Integer> participantsByLevel(MonthPeriod period, Long municipalityId) {
        Map<Long, ParticipationSummary> s = summaries(period);
        Map<EventLevel, Integer> out = new LinkedHashMap<>();
        for (EventLevel l : EventLevel.values()) {
            out.put(l, 0);
        }
        dsl.select(EVENT.ID, EVENT.EVENT_LEVEL).from(EVENT).where(EVENT.ID.in(s.keySet()))
                .forEach(r -> out.merge(EventLevel.valueOf(r.value2()), participants(s.get(r.value1()), municipalityId),
                        Integer::sum));
        return out;
    }

    /** Participants by municipality over the year's events, as their lists or entered counts give them. */
    public Map<String, Integer> participantsByMunicipality(int year) {
        return participantsByMunicipality(MonthPeriod.calendarYear(year));
    }

    /** Participants by municipality over the period's events, as their lists or entered counts give them. */
    public Map<String, Integer> participantsByMunicipality(MonthPeriod period) {
        Map<String, Integer> out = new TreeMap<>(Messages.collator());
        for (ParticipationSummary s : summaries(period).values()) {
            s.byMunicipality().forEach((k, v) -> out.merge(k, v, Integer::sum));
        }
        return out;
    }

    /** Events starting in each month 1..12 of the year. */
    public Map<Integer, Integer> eventsPerMonth(int year) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        eventsPerMonth(MonthPeriod.calendarYear(year)).forEach((m, n) -> out.put(m.getMonthValue(), n));
        return out;
    }

    /** Events starting in each month of the period, every month present (0 when none). */
    public Map<YearMonth, Integer> eventsPerMonth(MonthPeriod period) {
        Map<YearMonth, Integer> out = new LinkedHashMap<>();
        period.months().forEach(m -> out.put(m, 0));
        dsl.select(EVENT.START_DATE).from(EVENT).where(EVENT.START_DATE.between(period.start(), period.end()))
                .forEach(r -> out.merge(YearMonth.from(r.value1()), 1, Integer::sum));
        return out;
    }

    /** Events starting in the period by kind, in the kinds' order; kinds without events are left out. */
    public Map<String, Integer> eventsByKind(MonthPeriod period) {
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(EVENT_KIND.NAME, DSL.count()).from(EVENT).join(EVENT_KIND).on(EVENT_KIND.ID.eq(EVENT.EVENT_KIND_ID))
                .where(EVENT.START_DATE.between(period.start(), period.end()))
                .groupBy(EVENT_KIND.NAME, EVENT_KIND.SORT_ORDER).orderBy(EVENT_KIND.SORT_ORDER, EVENT_KIND.NAME)
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
