package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION_YEAR;

import java.util.List;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.Fields;

/** Ratings and staff counts per organization and year. */
public final class OrganizationYearService {
    private final DSLContext dsl;

    public OrganizationYearService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<OrganizationFigures> figures(int year) {
        return dsl.select(ORGANIZATION_YEAR.fields()).select(ORGANIZATION.SHORT_NAME).from(ORGANIZATION_YEAR)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(ORGANIZATION_YEAR.ORGANIZATION_ID))
                .where(ORGANIZATION_YEAR.CALENDAR_YEAR.eq(year)).orderBy(ORGANIZATION.SHORT_NAME)
                .fetch(r -> new OrganizationFigures(r.get(ORGANIZATION_YEAR.ORGANIZATION_ID), r.get(ORGANIZATION.SHORT_NAME),
                        year, r.get(ORGANIZATION_YEAR.RATING), r.get(ORGANIZATION_YEAR.STAFF_COUNT),
                        r.get(ORGANIZATION_YEAR.PROJECT_TEACHERS), r.get(ORGANIZATION_YEAR.PRODUCT_TEACHERS),
                        r.get(ORGANIZATION_YEAR.VERSION)));
    }

    /** Saves one organization's figures for a year; {@code version} -1 for a row not yet stored. */
    public void save(OrganizationFigures f) {
        Integer staff = f.staffCount();
        for (Integer v : new Integer[] {staff, f.projectTeachers(), f.productTeachers()}) {
            if (v != null && (v < 0 || v > 100_000)) {
                throw new ValidationException("staffCount", "validation.range", Fields.label("organizationYear", "staffCount"),
                        0, 100_000);
            }
        }
        if (staff != null && ((f.projectTeachers() != null && f.projectTeachers() > staff)
                || (f.productTeachers() != null && f.productTeachers() > staff))) {
            throw new ValidationException("projectTeachers", "validation.organizationYear.moreThanStaff", staff);
        }
        dsl.transaction(c -> {
            DSLContext tx = c.dsl();
            var r = tx.selectFrom(ORGANIZATION_YEAR).where(ORGANIZATION_YEAR.ORGANIZATION_ID.eq(f.organizationId())
                    .and(ORGANIZATION_YEAR.CALENDAR_YEAR.eq(f.year()))).fetchOptional().orElse(null);
            if (r == null) {
                r = tx.newRecord(ORGANIZATION_YEAR);
                r.setOrganizationId(f.organizationId());
                r.setCalendarYear(f.year());
                r.setVersion(0);
            } else if (f.version() >= 0 && r.getVersion() != f.version()) {
                throw new ConcurrentEditException(f.organizationName());
            } else {
                r.setVersion(r.getVersion() + 1);
            }
            r.setRating(f.rating());
            r.setStaffCount(staff);
            r.setProjectTeachers(f.projectTeachers());
            r.setProductTeachers(f.productTeachers());
            r.store();
        });
    }
}
