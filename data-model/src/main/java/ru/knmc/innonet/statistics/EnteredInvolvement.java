package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION_YEAR;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import ru.knmc.innonet.common.Messages;

/** The teachers involved as entered in the organizations' yearly figures. */
public final class EnteredInvolvement implements InvolvementSource {
    @Override
    public String label() {
        return Messages.get("indicator.source.entered");
    }

    @Override
    public Map<Long, Integer> teachers(DSLContext dsl, int year, IndicatorComputation kind) {
        Field<Integer> f = kind == IndicatorComputation.TEACHERS_IN_PRODUCTS
                ? ORGANIZATION_YEAR.PRODUCT_TEACHERS : ORGANIZATION_YEAR.PROJECT_TEACHERS;
        Map<Long, Integer> out = new HashMap<>();
        dsl.select(ORGANIZATION_YEAR.ORGANIZATION_ID, f).from(ORGANIZATION_YEAR)
                .where(ORGANIZATION_YEAR.CALENDAR_YEAR.eq(year).and(f.isNotNull()))
                .forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
