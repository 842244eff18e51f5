package ru.knmc.innonet.annualreport;

import static ru.knmc.innonet.db.jooq.Tables.LEGAL_ORDER;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.OrgType;

/**
 * The registry's part of a report asked of the database: counts as SQL aggregates and the few rows of
 * the year's sites, never the whole registry (at the krai's scale its load was most of the report's time).
 * Organizations counted are the municipality's preschool, general and additional ones; an assignment counts
 * in a period when it overlaps it.
 */
final class RegistryQueries {
    /** One site status of a counted organization, as the supervisors' and the МСИП's figures need it. */
    record SiteRow(long organizationId, String organization, String kindCode, LocalDate start, LocalDate end,
                   Long supervisorId, String supervisorOrganization, Long directionId) {
        boolean overlaps(LocalDate from, LocalDate to) {
            return !start.isAfter(to) && (end == null || !end.isBefore(from));
        }
    }

    private static final List<String> EDUCATIONAL = Arrays.stream(OrgType.values()).filter(OrgType::isEducational)
            .map(Enum::name).toList();

    private final DSLContext dsl;

    RegistryQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition counted(long municipalityId) {
        return ORGANIZATION.MUNICIPALITY_ID.eq(municipalityId).and(ORGANIZATION.ORG_TYPE.in(EDUCATIONAL));
    }

    private static Condition overlaps(LocalDate from, LocalDate to) {
        return STATUS_ASSIGNMENT.START_DATE.le(to).and(STATUS_ASSIGNMENT.END_DATE.isNull()
                .or(STATUS_ASSIGNMENT.END_DATE.ge(from)));
    }

    /** Counted organizations with any status during calendar year {@code year}. */
    int inInfrastructure(long municipalityId, int year) {
        return dsl.select(DSL.countDistinct(STATUS_ASSIGNMENT.ORGANIZATION_ID)).from(STATUS_ASSIGNMENT)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(STATUS_ASSIGNMENT.ORGANIZATION_ID))
                .where(counted(municipalityId)).and(overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetchOne(0, Integer.class);
    }

    /** Per status kind's code: counted organizations with that status during calendar year {@code year}. */
    Map<String, Integer> perKind(long municipalityId, int year) {
        Map<String, Integer> result = new HashMap<>();
        dsl.select(STATUS_KIND.CODE, DSL.countDistinct(STATUS_ASSIGNMENT.ORGANIZATION_ID)).from(STATUS_ASSIGNMENT)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(STATUS_ASSIGNMENT.ORGANIZATION_ID))
                .join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                .where(counted(municipalityId)).and(overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .groupBy(STATUS_KIND.CODE)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** The counted organizations' assignments of {@code kinds} overlapping {@code from}–{@code to}. */
    List<SiteRow> sites(long municipalityId, Collection<String> kinds, LocalDate from, LocalDate to) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.SHORT_NAME, STATUS_KIND.CODE, STATUS_ASSIGNMENT.START_DATE,
                        STATUS_ASSIGNMENT.END_DATE, STATUS_ASSIGNMENT.SUPERVISOR_ID, ORGANIZATION.as("sup_org").SHORT_NAME,
                        STATUS_ASSIGNMENT.DIRECTION_ID)
                .from(STATUS_ASSIGNMENT)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(STATUS_ASSIGNMENT.ORGANIZATION_ID))
                .join(STATUS_KIND).on(STATUS_KIND.ID.eq(STATUS_ASSIGNMENT.STATUS_KIND_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(STATUS_ASSIGNMENT.SUPERVISOR_ID))
                .leftJoin(ORGANIZATION.as("sup_org")).on(ORGANIZATION.as("sup_org").ID.eq(PERSON.ORGANIZATION_ID))
                .where(counted(municipalityId)).and(STATUS_KIND.CODE.in(kinds)).and(overlaps(from, to))
                .fetch(r -> new SiteRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
    }

    /** The acts dated up to {@code to} that stand behind no status assignment (its start or its end). */
    List<LegalOrder> actsWithoutAssignment(LocalDate to) {
        return dsl.selectFrom(LEGAL_ORDER).where(LEGAL_ORDER.ORDER_DATE.le(to))
                .andNotExists(DSL.selectOne().from(STATUS_ASSIGNMENT).where(STATUS_ASSIGNMENT.ORDER_ID.eq(LEGAL_ORDER.ID)))
                .andNotExists(DSL.selectOne().from(STATUS_ASSIGNMENT).where(STATUS_ASSIGNMENT.END_ORDER_ID.eq(LEGAL_ORDER.ID)))
                .fetch(r -> new LegalOrder(r.getId(), r.getNumber(), r.getOrderDate(), r.getIssuer(),
                        ru.knmc.innonet.registry.IssuerLevel.valueOf(r.getIssuerLevel()), r.getTitle(), r.getLink(),
                        r.getVersion()));
    }
}
