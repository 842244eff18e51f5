package ru.knmc.innonet.demo;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;
import static ru.knmc.innonet.demo.Bulk.fields;
import static ru.knmc.innonet.demo.Bulk.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.db.Database;
import ru.knmc.innonet.registry.Audience;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Outcome;

/**
 * Builds the demo database from the customer's documents (the CSV files under {@code demo/}): all or
 * nothing, in one transaction, and only into a database that holds no organizations yet, so that a
 * user's own registry is never mixed with the demo.
 */
public final class DemoLoader {
    static final String MUNICIPALITIES = "municipalities.csv";
    static final String TOTALS = "municipality_totals.csv";
    static final String ORDERS = "orders.csv";
    static final String DIRECTIONS = "directions.csv";
    static final String ORGANIZATIONS = "organizations.csv";
    static final String PERSONS = "persons.csv";
    static final String STATUSES = "statuses.csv";

    /**
     * The features' parts of the demo, loaded after the registry in this order; each entry makes a
     * fresh part for one load.
     */
    static final List<Supplier<DemoPart>> PARTS = List.of(NetworksCouncilDemo::new, ru.knmc.innonet.contest.ContestDemo::new,
            ru.knmc.innonet.event.EventDemo::new, ru.knmc.innonet.statistics.StatisticsDemo::new);

    private DemoLoader() {
    }

    /** True when the database holds no organization: the demo may be loaded into it. */
    public static boolean isEmpty(Database db) {
        return !db.dsl().fetchExists(ORGANIZATION);
    }

    /** Loads the demo data shipped with the program. */
    public static void load(Database db, ProgressListener progress) {
        load(db, DemoFiles.bundled(), progress);
    }

    /** Loads the demo data from {@code files}; a Russian {@link UserException} naming file, line and column. */
    public static void load(Database db, DemoFiles files, ProgressListener progress) {
        if (!isEmpty(db)) {
            throw new UserException("demo.error.notEmpty");
        }
        // Every file is parsed before the database is touched: a broken file costs no transaction.
        progress.progress(0, Messages.get("demo.progress.reading"));
        Map<String, DemoCsv> csv = new HashMap<>();
        csv.put(MUNICIPALITIES, DemoCsv.read(files, MUNICIPALITIES, "name", "region"));
        csv.put(TOTALS, DemoCsv.read(files, TOTALS, "municipality", "year", "org_type", "total"));
        csv.put(ORDERS, DemoCsv.read(files, ORDERS, "key", "number", "date", "issuer", "title"));
        csv.put(DIRECTIONS, DemoCsv.read(files, DIRECTIONS, "academic_year", "audience", "sort_order", "title"));
        csv.put(ORGANIZATIONS, DemoCsv.read(files, ORGANIZATIONS, "key", "org_type", "full_name", "short_name", "municipality"));
        csv.put(PERSONS, DemoCsv.read(files, PERSONS, "key", "last_name"));
        csv.put(STATUSES, DemoCsv.read(files, STATUSES, "organization_key", "status_code", "start_date", "order_key"));
        List<DemoPart> parts = PARTS.stream().map(Supplier::get).toList();
        for (DemoPart part : parts) {
            part.read(files);
        }
        db.dsl().transaction(c -> {
            DSLContext tx = c.dsl();
            // Checked again inside the transaction: another user of a shared database may have been faster.
            if (tx.fetchExists(ORGANIZATION)) {
                throw new UserException("demo.error.notEmpty");
            }
            Run run = new Run(tx, csv, progress);
            run.run();
            DemoContext context = new DemoContext(tx, run.organizations, run.persons, run.orders, run.directions,
                    run.municipalities, progress);
            // the registry fills the bar to 0.75; the parts share the rest in order
            for (int i = 0; i < parts.size(); i++) {
                parts.get(i).load(context.slice(0.75 + 0.25 * i / parts.size(), 0.75 + 0.25 * (i + 1) / parts.size()));
            }
        });
        progress.progress(1, Messages.get("demo.progress.done"));
    }

    /** One load: the ids of what is inserted, by the keys the files use. */
    private static final class Run {
        private final DSLContext tx;
        private final Map<String, DemoCsv> csv;
        private final ProgressListener progress;
        private final Map<String, Long> municipalities = new HashMap<>();
        private final Map<String, Long> orders = new HashMap<>();
        private final Map<String, Long> directions = new HashMap<>();
        private final Map<String, Long> organizations = new HashMap<>();
        private final Map<String, Long> persons = new HashMap<>();

        Run(DSLContext tx, Map<String, DemoCsv> csv, ProgressListener progress) {
            this.tx = tx;
            this.csv = csv;
            this.progress = progress;
        }

        void run() {
            step(0.05, "demo.progress.municipalities");
            municipalities();
            step(0.10, "demo.progress.orders");
            orders();
            step(0.20, "demo.progress.directions");
            directions();
            step(0.30, "demo.progress.organizations");
            organizations();
            step(0.50, "demo.progress.persons");
            persons();
            step(0.70, "demo.progress.statuses");
            statuses();
        }

        private void step(double fraction, String key) {
            progress.progress(fraction, Messages.get(key));
        }

        private void municipalities() {
            // Municipalities the user already entered are reused, not duplicated.
            Map<String, Long> existing = new HashMap<>();
            tx.selectFrom(MUNICIPALITY).forEach(m -> existing.put(m.getName() + "\n" + m.getRegion(), m.getId()));
            List<Object[]> rows = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (DemoCsv.Row r : csv.get(MUNICIPALITIES).rows) {
                String name = r.required("name");
                String region = r.required("region");
                unique(r, "name", name, municipalities, names);
                Long id = existing.get(name + "\n" + region);
                if (id != null) {
                    municipalities.put(name, id);
                } else {
                    rows.add(row(name, region));
                    names.add(name);
                }
            }
            keep(names, Bulk.insertReturningIds(tx, MUNICIPALITY, fields(MUNICIPALITY.NAME, MUNICIPALITY.REGION), rows,
                    MUNICIPALITY.ID, MUNICIPALITY.NAME), municipalities);
            List<Object[]> totals = new ArrayList<>();
            for (DemoCsv.Row r : csv.get(TOTALS).rows) {
                totals.add(row(r.ref("municipality", r.required("municipality"), municipalities, MUNICIPALITIES),
                        required(r, "year", r.integer("year")), required(r, "org_type", r.enumValue("org_type", OrgType.class)).name(),
                        required(r, "total", r.integer("total"))));
            }
            Bulk.insert(tx, MUNICIPALITY_ORG_TOTAL, fields(MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID,
                    MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR, MUNICIPALITY_ORG_TOTAL.ORG_TYPE, MUNICIPALITY_ORG_TOTAL.TOTAL), totals);
        }

        private void orders() {
            Map<String, Long> existing = new HashMap<>();
            tx.selectFrom(LEGAL_ORDER).forEach(o -> existing.put(o.getNumber() + "\n" + o.getOrderDate() + "\n" + o.getIssuer(), o.getId()));
            List<Object[]> rows = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (DemoCsv.Row r : csv.get(ORDERS).rows) {
                String key = r.required("key");
                unique(r, "key", key, orders, keys);
                String number = r.required("number");
                LocalDate date = required(r, "date", r.date("date"));
                String issuer = r.required("issuer");
                IssuerLevel level = r.enumValue("issuer_level", IssuerLevel.class);
                Long id = existing.get(number + "\n" + date + "\n" + issuer);
                if (id != null) {
                    orders.put(key, id);
                } else {
                    rows.add(row(number, date, issuer, (level == null ? IssuerLevel.LOCAL : level).name(),
                            r.required("title"), r.get("link")));
                    keys.add(key);
                }
            }
            keep(keys, Bulk.insertReturningIds(tx, LEGAL_ORDER, fields(LEGAL_ORDER.NUMBER, LEGAL_ORDER.ORDER_DATE,
                    LEGAL_ORDER.ISSUER, LEGAL_ORDER.ISSUER_LEVEL, LEGAL_ORDER.TITLE, LEGAL_ORDER.LINK), rows,
                    LEGAL_ORDER.ID, LEGAL_ORDER.NUMBER), orders);
        }

        private void directions() {
            List<Object[]> rows = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (DemoCsv.Row r : csv.get(DIRECTIONS).rows) {
                int year = required(r, "academic_year", r.integer("academic_year"));
                int sort = required(r, "sort_order", r.integer("sort_order"));
                String key = year + ":" + sort;
                unique(r, "sort_order", key, directions, keys);
                String orderKey = r.get("order_key");
                rows.add(row(year, required(r, "audience", r.enumValue("audience", Audience.class)).name(), r.required("title"),
                        sort, orderKey == null ? null : r.ref("order_key", orderKey, orders, ORDERS)));
                keys.add(key);
            }
            keep(keys, Bulk.insertReturningIds(tx, DIRECTION, fields(DIRECTION.ACADEMIC_YEAR, DIRECTION.AUDIENCE,
                    DIRECTION.TITLE, DIRECTION.SORT_ORDER, DIRECTION.ORDER_ID), rows, DIRECTION.ID, DIRECTION.TITLE), directions);
        }

        private void organizations() {
            List<Field<?>> f = fields(ORGANIZATION.ORG_TYPE, ORGANIZATION.LEGAL_FORM, ORGANIZATION.KIND_NAME,
                    ORGANIZATION.NUMBER, ORGANIZATION.OWN_NAME, ORGANIZATION.FULL_NAME, ORGANIZATION.SHORT_NAME,
                    ORGANIZATION.MUNICIPALITY_ID, ORGANIZATION.ADDRESS, ORGANIZATION.HEAD_NAME, ORGANIZATION.PHONE,
                    ORGANIZATION.EMAIL, ORGANIZATION.WEBSITE);
            insertKeyed(ORGANIZATIONS, organizations, ORGANIZATION, ORGANIZATION.ID, f, ORGANIZATION.SHORT_NAME, r -> row(
                    required(r, "org_type", r.enumValue("org_type", OrgType.class)).name(), r.get("legal_form"),
                    r.get("kind_name"), r.get("number"), r.get("own_name"), r.required("full_name"), r.required("short_name"),
                    r.ref("municipality", r.required("municipality"), municipalities, MUNICIPALITIES), r.get("address"),
                    r.get("head_name"), r.get("phone"), r.get("email"), r.get("website")));
        }

        private void persons() {
            List<Field<?>> f = fields(PERSON.LAST_NAME, PERSON.FIRST_NAME, PERSON.MIDDLE_NAME, PERSON.POSITION,
                    PERSON.ORGANIZATION_ID, PERSON.ACADEMIC_DEGREE, PERSON.ACADEMIC_TITLE);
            insertKeyed(PERSONS, persons, PERSON, PERSON.ID, f, PERSON.LAST_NAME, r -> {
                String org = r.get("organization_key");
                return row(r.required("last_name"), r.get("first_name"), r.get("middle_name"), r.get("position"),
                        org == null ? null : r.ref("organization_key", org, organizations, ORGANIZATIONS),
                        r.get("academic_degree"), r.get("academic_title"));
            });
        }

        private void statuses() {
            Map<String, Long> kinds = new HashMap<>();
            tx.selectFrom(STATUS_KIND).forEach(k -> kinds.put(k.getCode(), k.getId()));
            LocalDate today = LocalDate.now();
            List<Object[]> rows = new ArrayList<>();
            for (DemoCsv.Row r : csv.get(STATUSES).rows) {
                LocalDate start = required(r, "start_date", r.date("start_date"));
                LocalDate end = r.date("end_date");
                if (end != null && end.isBefore(start)) {
                    throw r.invalid("end_date", r.get("end_date"), Messages.get("demo.expected.afterStart", r.get("start_date")));
                }
                Outcome outcome = r.enumValue("outcome", Outcome.class);
                if (outcome == null) {
                    outcome = end != null && end.isBefore(today) ? Outcome.COMPLETED : Outcome.ACTIVE;
                }
                String direction = r.get("direction");
                String supervisor = r.get("supervisor_key");
                rows.add(row(r.ref("organization_key", r.required("organization_key"), organizations, ORGANIZATIONS),
                        r.ref("status_code", r.required("status_code"), kinds, "status_kind"),
                        r.get("project_topic"),
                        direction == null ? null : r.ref("direction", direction, directions, DIRECTIONS),
                        start, end, r.ref("order_key", r.required("order_key"), orders, ORDERS),
                        supervisor == null ? null : r.ref("supervisor_key", supervisor, persons, PERSONS),
                        outcome.name(), r.get("note")));
            }
            Bulk.insert(tx, STATUS_ASSIGNMENT, fields(STATUS_ASSIGNMENT.ORGANIZATION_ID, STATUS_ASSIGNMENT.STATUS_KIND_ID,
                    STATUS_ASSIGNMENT.PROJECT_TOPIC, STATUS_ASSIGNMENT.DIRECTION_ID, STATUS_ASSIGNMENT.START_DATE,
                    STATUS_ASSIGNMENT.END_DATE, STATUS_ASSIGNMENT.ORDER_ID, STATUS_ASSIGNMENT.SUPERVISOR_ID,
                    STATUS_ASSIGNMENT.OUTCOME, STATUS_ASSIGNMENT.NOTE), rows);
        }

        /** Inserts a file whose rows have a {@code key} column and remembers the ids under it. */
        private void insertKeyed(String file, Map<String, Long> ids, Table<?> table, Field<Long> id, List<Field<?>> f,
                                 Field<String> check, Function<DemoCsv.Row, Object[]> toRow) {
            List<Object[]> rows = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (DemoCsv.Row r : csv.get(file).rows) {
                String key = r.required("key");
                unique(r, "key", key, ids, keys);
                rows.add(toRow.apply(r));
                keys.add(key);
            }
            keep(keys, Bulk.insertReturningIds(tx, table, f, rows, id, check), ids);
        }

        /** A key seen twice in one file would silently point references at the wrong row. */
        private static void unique(DemoCsv.Row r, String column, String key, Map<String, Long> done, List<String> pending) {
            if (done.containsKey(key) || pending.contains(key)) {
                throw new UserException("demo.error.duplicate", r.file(), String.valueOf(r.line()), column, key);
            }
        }

        private static void keep(List<String> keys, List<Long> ids, Map<String, Long> into) {
            for (int i = 0; i < keys.size(); i++) {
                into.put(keys.get(i), ids.get(i));
            }
        }

        private static <T> T required(DemoCsv.Row r, String column, T value) {
            if (value == null) {
                throw r.error("demo.error.required", column);
            }
            return value;
        }
    }
}
