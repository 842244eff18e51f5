package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.VISIT_STAT;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.EventRow;
import ru.knmc.innonet.event.EventService;
import ru.knmc.innonet.home.Reminder;
import ru.knmc.innonet.home.ReminderSource;
import ru.knmc.innonet.home.Urgency;

/**
 * The start page's statistics lines: a web resource without visitor figures for the last finished month or year; an
 * indicator without an actual value for the last finished year of its period; an event of the last twelve months
 * that is over and has no participants.
 */
public final class StatisticsReminders implements ReminderSource {
    public static final String STATISTICS = "statistics";
    public static final String EVENTS = "events";
    /** The tabs of the statistics section a reminder opens. */
    public static final String VISITS_TAB = "visits";
    public static final String INDICATORS_TAB = "indicators";
    /** Older events are history: the reminder looks back this many days. */
    static final int EVENT_DAYS = 365;
    private final DSLContext dsl;
    private final IndicatorService indicators;

    public StatisticsReminders(DSLContext dsl, IndicatorService indicators) {
        this.dsl = dsl;
        this.indicators = indicators;
    }

    @Override
    public List<Reminder> reminders(LocalDate today) {
        List<Reminder> out = new ArrayList<>();
        visits(today, out);
        indicators(today, out);
        events(today, out);
        return out;
    }

    private void visits(LocalDate today, List<Reminder> out) {
        YearMonth month = YearMonth.from(today).minusMonths(1);
        int year = today.getYear() - 1;
        for (WebResource r : new VisitStatsService(dsl).resources()) {
            if (!covered(r.id(), month.atDay(1), month.atEndOfMonth())) {
                String name = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, Messages.RUSSIAN);
                out.add(new Reminder(Urgency.INFO, month.atEndOfMonth(), Messages.get("statistics.reminder.month", r.name(),
                        name, month.getYear()), STATISTICS, r.id(), VISITS_TAB));
            }
            if (!covered(r.id(), LocalDate.of(year, Month.JANUARY, 1), LocalDate.of(year, Month.DECEMBER, 31))) {
                out.add(new Reminder(Urgency.OVERDUE, LocalDate.of(year, Month.DECEMBER, 31),
                        Messages.get("statistics.reminder.year", r.name(), year), STATISTICS, r.id(), VISITS_TAB));
            }
        }
    }

    /** Whether any figures of the whole audience were stored for a period overlapping [from, to]. */
    private boolean covered(long resourceId, LocalDate from, LocalDate to) {
        return dsl.fetchExists(VISIT_STAT, VISIT_STAT.RESOURCE_ID.eq(resourceId).and(VISIT_STAT.SEGMENT.eq(Segment.ALL.name()))
                .and(VISIT_STAT.PERIOD_START.le(to)).and(VISIT_STAT.PERIOD_END.ge(from)));
    }

    private void indicators(LocalDate today, List<Reminder> out) {
        int year = today.getYear() - 1;
        for (Indicator i : indicators.indicators()) {
            int first = i.startYear() != null ? i.startYear() : i.baseYear() != null ? i.baseYear() : i.targetYear();
            if (year < first || year > i.targetYear()) {
                continue;
            }
            if (indicators.actual(i, year).value() == null) {
                out.add(new Reminder(Urgency.OVERDUE, LocalDate.of(year, Month.DECEMBER, 31),
                        Messages.get("statistics.reminder.indicator", i.title(), year), STATISTICS, i.id(), INDICATORS_TAB));
            }
        }
    }

    private void events(LocalDate today, List<Reminder> out) {
        LocalDate from = today.minusDays(EVENT_DAYS);
        List<EventRow> rows = new ArrayList<>();
        EventService events = new EventService(dsl);
        for (int y = from.getYear(); y <= today.getYear(); y++) {
            rows.addAll(events.events(y));
        }
        for (EventRow e : rows) {
            LocalDate end = e.endDate() == null ? e.startDate() : e.endDate();
            if (end.isBefore(today) && !end.isBefore(from) && e.participants() == 0) {
                out.add(new Reminder(Urgency.INFO, end, Messages.get("statistics.reminder.event", e.title(), Dates.format(e.startDate())),
                        EVENTS, e.id()));
            }
        }
    }
}
