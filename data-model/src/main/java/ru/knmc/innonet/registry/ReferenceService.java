package ru.knmc.innonet.registry;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;

/** Reference data the centre edits: municipalities and their totals, status kinds, orders, directions. */
public final class ReferenceService {
    private final DSLContext dsl;

    public ReferenceService(DSLContext dsl) {
        this.dsl = dsl;
    }

    // --- municipalities ---

    public List<Municipality> municipalities() {
        return dsl.selectFrom(MUNICIPALITY).orderBy(MUNICIPALITY.REGION, MUNICIPALITY.NAME).fetch(Mappers::municipality);
    }

    public Optional<Municipality> municipalityByName(String name) {
        return dsl.selectFrom(MUNICIPALITY).where(MUNICIPALITY.NAME.equalIgnoreCase(name.strip()))
                .orderBy(MUNICIPALITY.ID).limit(1).fetchOptional(Mappers::municipality);
    }

    public Municipality saveMunicipality(Municipality m) {
        String name = Fields.required("municipality", "name", m.name());
        String region = Fields.required("municipality", "region", m.region());
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            boolean taken = tx.fetchExists(MUNICIPALITY, MUNICIPALITY.NAME.equalIgnoreCase(name)
                    .and(MUNICIPALITY.REGION.equalIgnoreCase(region))
                    .and(m.id() == null ? MUNICIPALITY.ID.isNotNull() : MUNICIPALITY.ID.ne(m.id())));
            if (taken) {
                throw new ValidationException("name", "validation.municipality.duplicate", name, region);
            }
            if (m.id() == null) {
                long id = tx.insertInto(MUNICIPALITY).set(MUNICIPALITY.NAME, name).set(MUNICIPALITY.REGION, region)
                        .returning(MUNICIPALITY.ID).fetchOne(MUNICIPALITY.ID);
                return new Municipality(id, name, region, 0);
            }
            int n = tx.update(MUNICIPALITY).set(MUNICIPALITY.NAME, name).set(MUNICIPALITY.REGION, region)
                    .set(MUNICIPALITY.VERSION, MUNICIPALITY.VERSION.plus(1))
                    .where(MUNICIPALITY.ID.eq(m.id()).and(MUNICIPALITY.VERSION.eq(m.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(name);
            }
            return new Municipality(m.id(), name, region, m.version() + 1);
        });
    }

    /** Totals of educational organizations of a municipality in a calendar year, by type. */
    public Map<OrgType, Integer> totals(long municipalityId, int year) {
        Map<OrgType, Integer> result = new EnumMap<>(OrgType.class);
        dsl.selectFrom(MUNICIPALITY_ORG_TOTAL)
                .where(MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID.eq(municipalityId).and(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR.eq(year)))
                .forEach(r -> result.put(OrgType.valueOf(r.getOrgType()), r.getTotal()));
        return result;
    }

    public List<Integer> totalYears(long municipalityId) {
        return dsl.selectDistinct(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR).from(MUNICIPALITY_ORG_TOTAL)
                .where(MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID.eq(municipalityId))
                .orderBy(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR).fetch(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR);
    }

    public void saveTotal(long municipalityId, int year, OrgType type, int total) {
        if (total < 0 || total > 100_000) {
            throw new ValidationException("total", "validation.range", Fields.label("municipality", "total"), 0, 100_000);
        }
        if (year < 1990 || year > 2100) {
            throw new ValidationException("year", "validation.range", Fields.label("municipality", "year"), 1990, 2100);
        }
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            int n = tx.update(MUNICIPALITY_ORG_TOTAL).set(MUNICIPALITY_ORG_TOTAL.TOTAL, total)
                    .where(MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID.eq(municipalityId)
                            .and(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR.eq(year))
                            .and(MUNICIPALITY_ORG_TOTAL.ORG_TYPE.eq(type.name()))).execute();
            if (n == 0) {
                tx.insertInto(MUNICIPALITY_ORG_TOTAL).set(MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID, municipalityId)
                        .set(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR, year).set(MUNICIPALITY_ORG_TOTAL.ORG_TYPE, type.name())
                        .set(MUNICIPALITY_ORG_TOTAL.TOTAL, total).execute();
            }
        });
    }

    // --- status kinds ---

    public List<StatusKind> statusKinds() {
        return dsl.selectFrom(STATUS_KIND).orderBy(STATUS_KIND.SORT_ORDER, STATUS_KIND.ID).fetch(Mappers::statusKind);
    }

    public Optional<StatusKind> statusKindByCode(String code) {
        return dsl.selectFrom(STATUS_KIND).where(STATUS_KIND.CODE.eq(code)).fetchOptional(Mappers::statusKind);
    }

    public StatusKind saveStatusKind(StatusKind k) {
        String code = Fields.required("statusKind", "code", k.code()).toUpperCase(java.util.Locale.ROOT);
        String shortName = Fields.required("statusKind", "shortName", k.shortName());
        String fullName = Fields.required("statusKind", "fullName", k.fullName());
        StatusLevel level = Fields.required("statusKind", "level", k.level());
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (tx.fetchExists(STATUS_KIND, STATUS_KIND.CODE.eq(code)
                    .and(k.id() == null ? STATUS_KIND.ID.isNotNull() : STATUS_KIND.ID.ne(k.id())))) {
                throw new ValidationException("code", "validation.statusKind.duplicate", code);
            }
            if (k.id() == null) {
                long id = tx.insertInto(STATUS_KIND).set(STATUS_KIND.CODE, code).set(STATUS_KIND.SHORT_NAME, shortName)
                        .set(STATUS_KIND.FULL_NAME, fullName).set(STATUS_KIND.STATUS_LEVEL, level.name())
                        .set(STATUS_KIND.SORT_ORDER, k.sortOrder()).returning(STATUS_KIND.ID).fetchOne(STATUS_KIND.ID);
                return new StatusKind(id, code, shortName, fullName, level, k.sortOrder(), 0);
            }
            int n = tx.update(STATUS_KIND).set(STATUS_KIND.CODE, code).set(STATUS_KIND.SHORT_NAME, shortName)
                    .set(STATUS_KIND.FULL_NAME, fullName).set(STATUS_KIND.STATUS_LEVEL, level.name())
                    .set(STATUS_KIND.SORT_ORDER, k.sortOrder()).set(STATUS_KIND.VERSION, STATUS_KIND.VERSION.plus(1))
                    .where(STATUS_KIND.ID.eq(k.id()).and(STATUS_KIND.VERSION.eq(k.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(shortName);
            }
            return new StatusKind(k.id(), code, shortName, fullName, level, k.sortOrder(), k.version() + 1);
        });
    }

    public void deleteStatusKind(long id) {
        dsl.transaction(c -> {
            if (c.dsl().fetchExists(STATUS_ASSIGNMENT, STATUS_ASSIGNMENT.STATUS_KIND_ID.eq(id))) {
                throw new ValidationException("code", "validation.statusKind.inUse");
            }
            c.dsl().deleteFrom(STATUS_KIND).where(STATUS_KIND.ID.eq(id)).execute();
        });
    }

    // --- orders ---

    public List<LegalOrder> orders() {
        return dsl.selectFrom(LEGAL_ORDER).orderBy(LEGAL_ORDER.ORDER_DATE.desc(), LEGAL_ORDER.NUMBER).fetch(Mappers::order);
    }

    public Optional<LegalOrder> order(long id) {
        return dsl.selectFrom(LEGAL_ORDER).where(LEGAL_ORDER.ID.eq(id)).fetchOptional(Mappers::order);
    }

    public Optional<LegalOrder> orderByNumberAndDate(String number, java.time.LocalDate date) {
        return dsl.selectFrom(LEGAL_ORDER).where(LEGAL_ORDER.NUMBER.eq(number).and(LEGAL_ORDER.ORDER_DATE.eq(date)))
                .orderBy(LEGAL_ORDER.ID).limit(1).fetchOptional(Mappers::order);
    }

    public LegalOrder saveOrder(LegalOrder o) {
        return dsl.transactionResult(c -> saveOrder(c.dsl(), o));
    }

    /** Saves an order inside the caller's transaction. */
    public static LegalOrder saveOrder(DSLContext tx, LegalOrder o) {
        String number = Fields.maxLength("order", "number", Fields.required("order", "number", o.number()), 40);
        java.time.LocalDate date = Fields.required("order", "date", o.date());
        String issuer = Fields.maxLength("order", "issuer", Fields.required("order", "issuer", o.issuer()), 300);
        String title = Fields.required("order", "title", o.title());
        IssuerLevel level = o.issuerLevel() == null ? IssuerLevel.LOCAL : o.issuerLevel();
        if (tx.fetchExists(LEGAL_ORDER, LEGAL_ORDER.NUMBER.eq(number).and(LEGAL_ORDER.ORDER_DATE.eq(date))
                .and(LEGAL_ORDER.ISSUER.eq(issuer))
                .and(o.id() == null ? LEGAL_ORDER.ID.isNotNull() : LEGAL_ORDER.ID.ne(o.id())))) {
            throw new ValidationException("number", "validation.order.duplicate", number, ru.knmc.innonet.common.Dates.format(date));
        }
        if (o.id() == null) {
            long id = tx.insertInto(LEGAL_ORDER).set(LEGAL_ORDER.NUMBER, number).set(LEGAL_ORDER.ORDER_DATE, date)
                    .set(LEGAL_ORDER.ISSUER, issuer).set(LEGAL_ORDER.ISSUER_LEVEL, level.name())
                    .set(LEGAL_ORDER.TITLE, title).set(LEGAL_ORDER.LINK, Fields.blankToNull(o.link()))
                    .returning(LEGAL_ORDER.ID).fetchOne(LEGAL_ORDER.ID);
            return new LegalOrder(id, number, date, issuer, level, title, Fields.blankToNull(o.link()), 0);
        }
        int n = tx.update(LEGAL_ORDER).set(LEGAL_ORDER.NUMBER, number).set(LEGAL_ORDER.ORDER_DATE, date)
                .set(LEGAL_ORDER.ISSUER, issuer).set(LEGAL_ORDER.ISSUER_LEVEL, level.name())
                .set(LEGAL_ORDER.TITLE, title).set(LEGAL_ORDER.LINK, Fields.blankToNull(o.link()))
                .set(LEGAL_ORDER.VERSION, LEGAL_ORDER.VERSION.plus(1))
                .where(LEGAL_ORDER.ID.eq(o.id()).and(LEGAL_ORDER.VERSION.eq(o.version()))).execute();
        if (n == 0) {
            throw new ConcurrentEditException(o.reference());
        }
        return new LegalOrder(o.id(), number, date, issuer, level, title, Fields.blankToNull(o.link()), o.version() + 1);
    }

    // --- directions ---

    public List<Direction> directions(AcademicYear year) {
        return dsl.selectFrom(DIRECTION).where(DIRECTION.ACADEMIC_YEAR.eq(year.startYear()))
                .orderBy(DIRECTION.SORT_ORDER, DIRECTION.ID).fetch(Mappers::direction);
    }

    public List<Direction> allDirections() {
        return dsl.selectFrom(DIRECTION).orderBy(DIRECTION.ACADEMIC_YEAR.desc(), DIRECTION.SORT_ORDER, DIRECTION.ID)
                .fetch(Mappers::direction);
    }

    public List<AcademicYear> directionYears() {
        return dsl.selectDistinct(DIRECTION.ACADEMIC_YEAR).from(DIRECTION).orderBy(DIRECTION.ACADEMIC_YEAR)
                .fetch(r -> new AcademicYear(r.value1()));
    }

    public Direction saveDirection(Direction d) {
        AcademicYear year = Fields.required("direction", "academicYear", d.academicYear());
        Audience audience = Fields.required("direction", "audience", d.audience());
        String title = Fields.maxLength("direction", "title", Fields.required("direction", "title", d.title()), 1000);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (d.id() == null) {
                long id = tx.insertInto(DIRECTION).set(DIRECTION.ACADEMIC_YEAR, year.startYear())
                        .set(DIRECTION.AUDIENCE, audience.name()).set(DIRECTION.TITLE, title)
                        .set(DIRECTION.SORT_ORDER, d.sortOrder()).set(DIRECTION.ORDER_ID, d.orderId())
                        .returning(DIRECTION.ID).fetchOne(DIRECTION.ID);
                return new Direction(id, year, audience, title, d.sortOrder(), d.orderId(), 0);
            }
            int n = tx.update(DIRECTION).set(DIRECTION.ACADEMIC_YEAR, year.startYear())
                    .set(DIRECTION.AUDIENCE, audience.name()).set(DIRECTION.TITLE, title)
                    .set(DIRECTION.SORT_ORDER, d.sortOrder()).set(DIRECTION.ORDER_ID, d.orderId())
                    .set(DIRECTION.VERSION, DIRECTION.VERSION.plus(1))
                    .where(DIRECTION.ID.eq(d.id()).and(DIRECTION.VERSION.eq(d.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(title);
            }
            return new Direction(d.id(), year, audience, title, d.sortOrder(), d.orderId(), d.version() + 1);
        });
    }

    /**
     * Copies the directions of {@code from} into the empty year {@code to}, with the same order, so the
     * centre starts a new year from last year's list; one transaction. Returns how many were copied.
     */
    public int copyDirections(AcademicYear from, AcademicYear to) {
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (tx.fetchExists(DIRECTION, DIRECTION.ACADEMIC_YEAR.eq(to.startYear()))) {
                throw new ValidationException("academicYear", "reference.validation.copyTargetNotEmpty", to);
            }
            List<Direction> source = tx.selectFrom(DIRECTION).where(DIRECTION.ACADEMIC_YEAR.eq(from.startYear()))
                    .orderBy(DIRECTION.SORT_ORDER, DIRECTION.ID).fetch(Mappers::direction);
            if (source.isEmpty()) {
                throw new ValidationException("academicYear", "reference.validation.copySourceEmpty", from);
            }
            for (Direction d : source) {
                tx.insertInto(DIRECTION).set(DIRECTION.ACADEMIC_YEAR, to.startYear())
                        .set(DIRECTION.AUDIENCE, d.audience().name()).set(DIRECTION.TITLE, d.title())
                        .set(DIRECTION.SORT_ORDER, d.sortOrder()).set(DIRECTION.ORDER_ID, d.orderId()).execute();
            }
            return source.size();
        });
    }
}
