package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY_ORG_TOTAL;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The growth of the infrastructure: organizations holding a status in each calendar year, and their share. */
public final class InfrastructureGrowthService {
    private final DSLContext dsl;

    public InfrastructureGrowthService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The municipality's name as the chart's subtitle shows it; empty when there is none with that id. */
    public String municipalityName(long id) {
        String name = dsl.select(MUNICIPALITY.NAME).from(MUNICIPALITY).where(MUNICIPALITY.ID.eq(id)).fetchOne(MUNICIPALITY.NAME);
        return name == null ? "" : name;
    }

    /** Years {@code from}..{@code to}; {@code municipalityId} null counts every municipality. */
    public List<InfrastructureYear> growth(int from, int to, Long municipalityId) {
        List<InfrastructureYear> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            Condition where = STATUS_ASSIGNMENT.START_DATE.le(LocalDate.of(y, 12, 31))
                    .and(STATUS_ASSIGNMENT.END_DATE.isNull().or(STATUS_ASSIGNMENT.END_DATE.ge(LocalDate.of(y, 1, 1))))
                    .and(municipalityId == null ? DSL.trueCondition() : ORGANIZATION.MUNICIPALITY_ID.eq(municipalityId));
            int orgs = dsl.select(DSL.countDistinct(STATUS_ASSIGNMENT.ORGANIZATION_ID)).from(STATUS_ASSIGNMENT)
                    .join(ORGANIZATION).on(ORGANIZATION.ID.eq(STATUS_ASSIGNMENT.ORGANIZATION_ID)).where(where)
                    .fetchOne(0, Integer.class);
            BigDecimal total = dsl.select(DSL.sum(MUNICIPALITY_ORG_TOTAL.TOTAL)).from(MUNICIPALITY_ORG_TOTAL)
                    .where(MUNICIPALITY_ORG_TOTAL.CALENDAR_YEAR.eq(y)
                            .and(municipalityId == null ? DSL.trueCondition() : MUNICIPALITY_ORG_TOTAL.MUNICIPALITY_ID.eq(municipalityId)))
                    .fetchOne(0, BigDecimal.class);
            Integer t = total == null || total.signum() == 0 ? null : total.intValue();
            BigDecimal share = t == null ? null
                    : BigDecimal.valueOf(orgs * 100L).divide(BigDecimal.valueOf(t), 1, RoundingMode.HALF_UP);
            out.add(new InfrastructureYear(y, orgs, t, share));
        }
        return out;
    }
}
