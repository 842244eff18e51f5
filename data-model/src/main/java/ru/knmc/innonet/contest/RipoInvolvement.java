package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.RIPO_MATERIAL;

import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.statistics.IndicatorComputation;
import ru.knmc.innonet.statistics.InvolvedPersons;
import ru.knmc.innonet.statistics.InvolvementSource;

/**
 * Teachers who developed innovation products: the authors of the year's materials of the RIPO bank that got a
 * positive conclusion, per organization. Authors are a free text of names separated by commas or semicolons; each
 * name counts once per organization («Авторский коллектив ДОО» counts as one, the least it can be).
 */
public final class RipoInvolvement implements InvolvementSource {
    @Override
    public String label() {
        return Messages.get("indicator.source.ripo");
    }

    @Override
    public Map<Long, Integer> teachers(DSLContext dsl, int year, IndicatorComputation kind) {
        if (kind != IndicatorComputation.TEACHERS_IN_PRODUCTS) {
            return Map.of();
        }
        InvolvedPersons names = new InvolvedPersons();
        dsl.select(RIPO_MATERIAL.ORGANIZATION_ID, RIPO_MATERIAL.AUTHORS).from(RIPO_MATERIAL)
                .where(RIPO_MATERIAL.CALENDAR_YEAR.eq(year).and(RIPO_MATERIAL.ORGANIZATION_ID.isNotNull())
                        .and(RIPO_MATERIAL.CONCLUSION.eq(RipoConclusion.POSITIVE.name())))
                .forEach(r -> {
                    for (String name : r.value2().split("[,;]")) {
                        String n = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                        if (!n.isEmpty()) {
                            names.add(r.value1(), n);
                        }
                    }
                });
        return names.counts();
    }
}
