package ru.knmc.innonet.statistics;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_PARTICIPANT;

import java.time.LocalDate;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.event.Participant;

/**
 * Teachers of an organization named in the participant lists of the year's events, each person once: they
 * presented or took up innovation projects. Events do not show who develops products, so that kind gets nothing.
 */
public final class EventInvolvement implements InvolvementSource {
    @Override
    public String label() {
        return Messages.get("indicator.source.events");
    }

    @Override
    public Map<Long, Integer> teachers(DSLContext dsl, int year, IndicatorComputation kind) {
        if (kind != IndicatorComputation.TEACHERS_IN_PROJECTS) {
            return Map.of();
        }
        InvolvedPersons persons = new InvolvedPersons();
        dsl.select(EVENT_PARTICIPANT.ORGANIZATION_ID, EVENT_PARTICIPANT.LAST_NAME, EVENT_PARTICIPANT.FIRST_NAME,
                        EVENT_PARTICIPANT.MIDDLE_NAME)
                .from(EVENT_PARTICIPANT).join(EVENT).on(EVENT.ID.eq(EVENT_PARTICIPANT.EVENT_ID))
                .where(EVENT.START_DATE.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .and(EVENT_PARTICIPANT.ORGANIZATION_ID.isNotNull()))
                .forEach(r -> persons.add(r.value1(),
                        new Participant(null, r.value2(), r.value3(), r.value4(), null, null, null, null, null).identity()));
        return persons.counts();
    }
}
