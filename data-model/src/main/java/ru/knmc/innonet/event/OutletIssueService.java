package ru.knmc.innonet.event;

import static ru.knmc.innonet.db.jooq.Tables.OUTLET;
import static ru.knmc.innonet.db.jooq.Tables.OUTLET_ISSUES;
import static ru.knmc.innonet.db.jooq.Tables.PUBLICATION;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.OutletIssuesRecord;
import ru.knmc.innonet.registry.Fields;

/**
 * The issues each outlet published per calendar year, entered by hand (the publication table counts articles, not
 * issues). One figure per outlet and year; who entered it and when is kept with it.
 */
public final class OutletIssueService {
    public static final int FIRST_YEAR = 1990;
    public static final int LAST_YEAR = 2100;
    public static final int MAX_ISSUES = 1000;
    private static final String ENTITY = "outletIssues";
    private final DSLContext dsl;
    private final Clock clock;
    private final String user;

    /** {@code user}: the name recorded with a figure (the operating system's account). */
    public OutletIssueService(DSLContext dsl, Clock clock, String user) {
        this.dsl = dsl;
        this.clock = clock;
        this.user = user;
    }

    public OutletIssueService(DSLContext dsl) {
        this(dsl, Clock.systemDefaultZone(), System.getProperty("user.name"));
    }

    /** The figures of {@code year} (every year when null), newest year first, then by outlet. */
    public List<OutletIssues> list(Integer year) {
        return dsl.select(OUTLET_ISSUES.fields()).from(OUTLET_ISSUES).join(OUTLET).on(OUTLET.ID.eq(OUTLET_ISSUES.OUTLET_ID))
                .where(year == null ? DSL.trueCondition() : OUTLET_ISSUES.CALENDAR_YEAR.eq(year))
                .orderBy(OUTLET_ISSUES.CALENDAR_YEAR.desc(), OUTLET.NAME)
                .fetch(r -> map(r.into(OUTLET_ISSUES)));
    }

    private static OutletIssues map(OutletIssuesRecord r) {
        return new OutletIssues(r.getId(), r.getOutletId(), r.getCalendarYear(), r.getIssues(), r.getNote(),
                r.getEnteredBy(), r.getEnteredAt(), r.getVersion());
    }

    /** Saves a new figure or a changed one; an outlet has one figure per year. */
    public OutletIssues save(OutletIssues f) {
        Fields.required(ENTITY, "outletId", f.outletId());
        if (f.year() < FIRST_YEAR || f.year() > LAST_YEAR) {
            throw new ValidationException("year", "validation.range", Fields.label(ENTITY, "year"),
                    String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
        }
        int issues = Fields.required(ENTITY, "issues", f.issues());
        if (issues < 0 || issues > MAX_ISSUES) {
            throw new ValidationException("issues", "validation.range", Fields.label(ENTITY, "issues"), 0, MAX_ISSUES);
        }
        String note = EventService.blank(Fields.maxLength(ENTITY, "note", f.note(), 1000));
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            String outlet = tx.select(OUTLET.NAME).from(OUTLET).where(OUTLET.ID.eq(f.outletId())).fetchOptional(OUTLET.NAME)
                    .orElseThrow(() -> new ConcurrentEditException(Fields.label(ENTITY, "outletId")));
            Condition same = OUTLET_ISSUES.OUTLET_ID.eq(f.outletId()).and(OUTLET_ISSUES.CALENDAR_YEAR.eq(f.year()));
            if (tx.fetchExists(OUTLET_ISSUES, f.id() == null ? same : same.and(OUTLET_ISSUES.ID.ne(f.id())))) {
                throw new ValidationException("year", "validation.outletIssues.duplicate", outlet, String.valueOf(f.year()));
            }
            OutletIssuesRecord r = f.id() == null ? tx.newRecord(OUTLET_ISSUES)
                    : tx.selectFrom(OUTLET_ISSUES).where(OUTLET_ISSUES.ID.eq(f.id())).fetchOptional()
                    .orElseThrow(() -> new ConcurrentEditException(outlet));
            if (f.id() != null && r.getVersion() != f.version()) {
                throw new ConcurrentEditException(outlet);
            }
            r.setOutletId(f.outletId());
            r.setCalendarYear(f.year());
            r.setIssues(issues);
            r.setNote(note);
            r.setEnteredBy(user);
            r.setEnteredAt(OffsetDateTime.now(clock));
            r.setVersion(f.id() == null ? 0 : f.version() + 1);
            r.store();
            return map(r);
        });
    }

    public void delete(long id) {
        dsl.transaction(c -> c.dsl().deleteFrom(OUTLET_ISSUES).where(OUTLET_ISSUES.ID.eq(id)).execute());
    }

    /**
     * Issues per outlet from {@code from} to {@code to}, for the outlets with a figure in that period, by name; every
     * year present, null where nothing was entered (unknown, not zero).
     */
    public Map<Outlet, Map<Integer, Integer>> issuesPerYear(int from, int to) {
        return issuesPerYear(from, to, null);
    }

    /** The same for one outlet ({@code outletId} null: every outlet). */
    public Map<Outlet, Map<Integer, Integer>> issuesPerYear(int from, int to, Long outletId) {
        Map<Outlet, Map<Integer, Integer>> out = new LinkedHashMap<>();
        dsl.select(OUTLET.ID, OUTLET.NAME, OUTLET.VERSION, OUTLET_ISSUES.CALENDAR_YEAR, OUTLET_ISSUES.ISSUES)
                .from(OUTLET_ISSUES).join(OUTLET).on(OUTLET.ID.eq(OUTLET_ISSUES.OUTLET_ID))
                .where(OUTLET_ISSUES.CALENDAR_YEAR.between(from, to))
                .and(outletId == null ? DSL.trueCondition() : OUTLET.ID.eq(outletId))
                .orderBy(OUTLET.NAME, OUTLET_ISSUES.CALENDAR_YEAR)
                .forEach(r -> out.computeIfAbsent(new Outlet(r.value1(), r.value2(), r.value3()), o -> emptyYears(from, to))
                        .put(r.value4(), r.value5()));
        return out;
    }

    private static Map<Integer, Integer> emptyYears(int from, int to) {
        Map<Integer, Integer> m = new LinkedHashMap<>();
        for (int y = from; y <= to; y++) {
            m.put(y, null);
        }
        return m;
    }

    /**
     * Each outlet in each year it has articles or issues in ({@code year} null: every year), the articles and the
     * issues side by side; newest year first, then by outlet.
     */
    public List<OutletYear> sideBySide(Integer year) {
        Map<Long, Outlet> outlets = new LinkedHashMap<>();
        dsl.selectFrom(OUTLET).forEach(r -> outlets.put(r.getId(), new Outlet(r.getId(), r.getName(), r.getVersion())));
        record Key(int year, long outletId) {
        }
        Map<Key, Integer> articles = new TreeMap<>(Comparator.comparingInt(Key::year).thenComparingLong(Key::outletId));
        Field<Integer> y = DSL.year(PUBLICATION.PUBLICATION_DATE);
        dsl.select(y, PUBLICATION.OUTLET_ID, DSL.count()).from(PUBLICATION)
                .where(year == null ? DSL.trueCondition()
                        : PUBLICATION.PUBLICATION_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(y, PUBLICATION.OUTLET_ID)
                .forEach(r -> articles.put(new Key(r.value1(), r.value2()), r.value3()));
        Map<Key, OutletIssues> issues = new LinkedHashMap<>();
        list(year).forEach(f -> issues.put(new Key(f.year(), f.outletId()), f));
        List<Key> keys = new ArrayList<>(articles.keySet());
        issues.keySet().stream().filter(k -> !articles.containsKey(k)).forEach(keys::add);
        return keys.stream().map(k -> new OutletYear(k.year(), outlets.get(k.outletId()), articles.getOrDefault(k, 0), issues.get(k)))
                .sorted(Comparator.comparingInt(OutletYear::year).reversed()
                        .thenComparing(r -> r.outlet().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
