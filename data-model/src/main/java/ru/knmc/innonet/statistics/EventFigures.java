package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_KIND;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventLevel;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.event.ParticipationSummary;

/** A year's events and participants added up for charts and reports: by kind, level, municipality and month. */
public final class EventFigures {
    private final DSLContext dsl;

    public EventFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Participants by event kind, in the kinds' order; kinds without events are left out. */
    public Map<String, Integer> participantsByKind(int year) {
        Map<Long, ParticipationSummary> s = new EventService(dsl).summaries(year);
        Map<String, Integer> out = new LinkedHashMap<>();
        dsl.select(EVENT.ID, EVENT_KIND.NAME).from(EVENT).join(EVENT_KIND).on(EVENT_KIND.ID.eq(EVENT.EVENT_KIND_ID))
                .where(EVENT.ID.in(s.keySet())).orderBy(EVENT_KIND.SORT_ORDER, EVENT_KIND.NAME)
                .forEach(r -> out.merge(r.value2(), s.get(r.value1()).total(), Integer::sum));
        return out;
    }

    /** Participants by level, every level present in the enum's order (0 when none). */
    public Map<EventLevel, Integer> participantsByLevel(int year) {
        Map<Long, ParticipationSummary> s = new EventService(dsl).summaries(year);
        Map<EventLevel, Integer> out = new LinkedHashMap<>();
        for (EventLevel l : EventLevel.values()) {
            out.put(l, 0);
        }
        dsl.select(EVENT.ID, EVENT.EVENT_LEVEL).from(EVENT).where(EVENT.ID.in(s.keySet()))
                .forEach(r -> out.merge(EventLevel.valueOf(r.value2()), s.get(r.value1()).total(), Integer::sum));
        return out;
    }

    /** Participants by municipality over the year's events, as their lists or entered counts give them. */
    public Map<String, Integer> participantsByMunicipality(int year) {
        Map<String, Integer> out = new TreeMap<>(Messages.collator());
        for (ParticipationSummary s : new EventService(dsl).summaries(year).values()) {
            s.byMunicipality().forEach((k, v) -> out.merge(k, v, Integer::sum));
        }
        return out;
    }

    /** Events starting in each month 1..12 of the year. */
    public Map<Integer, Integer> eventsPerMonth(int year) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            out.put(m, 0);
        }
        dsl.select(EVENT.START_DATE).from(EVENT)
                .where(EVENT.START_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .forEach(r -> out.merge(r.value1().getMonthValue(), 1, Integer::sum));
        return out;
    }
}
