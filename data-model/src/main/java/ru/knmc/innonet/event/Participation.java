package ru.knmc.innonet.event;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_PARTICIPANT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_PARTICIPANT_COUNT;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PARTICIPANT_CATEGORY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import ru.knmc.innonet.common.Messages;

/**
 * Derives participation from the data in a few queries for many events at once. A named list wins over entered
 * counts: its distinct persons are the total and its columns give the breakdowns; duplicates are named.
 */
final class Participation {
    private Participation() {
    }

    static Map<Long, ParticipationSummary> summaries(DSLContext dsl, Condition events) {
        Map<Long, Builder> builders = new HashMap<>();
        dsl.select(EVENT.ID, EVENT.PARTICIPANTS_TOTAL).from(EVENT).where(events)
                .forEach(r -> builders.put(r.value1(), new Builder(r.value2())));
        if (builders.isEmpty()) {
            return Map.of();
        }
        String unknown = Messages.get("participation.unknown");
        dsl.select(EVENT_PARTICIPANT.EVENT_ID, EVENT_PARTICIPANT.LAST_NAME, EVENT_PARTICIPANT.FIRST_NAME,
                        EVENT_PARTICIPANT.MIDDLE_NAME, EVENT_PARTICIPANT.ORGANIZATION_NAME, ORGANIZATION.SHORT_NAME,
                        MUNICIPALITY.NAME, PARTICIPANT_CATEGORY.NAME, EVENT_PARTICIPANT.MUNICIPALITY_ID)
                .from(EVENT_PARTICIPANT).join(EVENT).on(EVENT.ID.eq(EVENT_PARTICIPANT.EVENT_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(EVENT_PARTICIPANT.ORGANIZATION_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.ID.eq(EVENT_PARTICIPANT.MUNICIPALITY_ID))
                .leftJoin(PARTICIPANT_CATEGORY).on(PARTICIPANT_CATEGORY.ID.eq(EVENT_PARTICIPANT.CATEGORY_ID))
                .where(events).orderBy(EVENT_PARTICIPANT.ID)
                .forEach(r -> builders.get(r.value1()).person(r, unknown));
        dsl.select(EVENT_PARTICIPANT_COUNT.EVENT_ID, EVENT_PARTICIPANT_COUNT.DIMENSION, PARTICIPANT_CATEGORY.NAME,
                        MUNICIPALITY.NAME, ORGANIZATION.SHORT_NAME, EVENT_PARTICIPANT_COUNT.PARTICIPANT_COUNT,
                        EVENT_PARTICIPANT_COUNT.MUNICIPALITY_ID)
                .from(EVENT_PARTICIPANT_COUNT).join(EVENT).on(EVENT.ID.eq(EVENT_PARTICIPANT_COUNT.EVENT_ID))
                .leftJoin(PARTICIPANT_CATEGORY).on(PARTICIPANT_CATEGORY.ID.eq(EVENT_PARTICIPANT_COUNT.CATEGORY_ID))
                .leftJoin(MUNICIPALITY).on(MUNICIPALITY.ID.eq(EVENT_PARTICIPANT_COUNT.MUNICIPALITY_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(EVENT_PARTICIPANT_COUNT.ORGANIZATION_ID))
                .where(events)
                .forEach(r -> builders.get(r.value1()).count(Dimension.valueOf(r.value2()),
                        switch (Dimension.valueOf(r.value2())) {
                            case CATEGORY -> r.value3();
                            case MUNICIPALITY -> r.value4();
                            case ORGANIZATION -> r.value5();
                        }, r.value6(), r.value7()));
        Map<Long, ParticipationSummary> out = new HashMap<>();
        builders.forEach((id, b) -> out.put(id, b.build()));
        return out;
    }

    private static final class Builder {
        private final Integer enteredTotal;
        private final Set<String> seen = new HashSet<>();
        private final List<String> duplicates = new ArrayList<>();
        private final Map<Dimension, Map<String, Integer>> fromList = new HashMap<>();
        private final Map<Dimension, Map<String, Integer>> entered = new HashMap<>();
        private final Map<Long, Integer> listByMunicipalityId = new HashMap<>();
        private final Map<Long, Integer> enteredByMunicipalityId = new HashMap<>();
        private int persons;

        Builder(Integer enteredTotal) {
            this.enteredTotal = enteredTotal;
        }

        void person(Record r, String unknown) {
            Participant p = new Participant(null, r.get(EVENT_PARTICIPANT.LAST_NAME), r.get(EVENT_PARTICIPANT.FIRST_NAME),
                    r.get(EVENT_PARTICIPANT.MIDDLE_NAME), null, null, null, null, null);
            if (!seen.add(p.identity())) {
                duplicates.add(p.fullName());
                return;
            }
            persons++;
            String org = r.get(ORGANIZATION.SHORT_NAME) != null ? r.get(ORGANIZATION.SHORT_NAME)
                    : r.get(EVENT_PARTICIPANT.ORGANIZATION_NAME);
            add(fromList, Dimension.ORGANIZATION, org == null ? unknown : org, 1);
            add(fromList, Dimension.MUNICIPALITY, r.get(MUNICIPALITY.NAME) == null ? unknown : r.get(MUNICIPALITY.NAME), 1);
            if (r.get(EVENT_PARTICIPANT.MUNICIPALITY_ID) != null) {
                listByMunicipalityId.merge(r.get(EVENT_PARTICIPANT.MUNICIPALITY_ID), 1, Integer::sum);
            }
            add(fromList, Dimension.CATEGORY, r.get(PARTICIPANT_CATEGORY.NAME) == null ? unknown
                    : r.get(PARTICIPANT_CATEGORY.NAME), 1);
        }

        void count(Dimension d, String name, int n, Long municipalityId) {
            add(entered, d, name, n);
            if (d == Dimension.MUNICIPALITY && municipalityId != null) {
                enteredByMunicipalityId.merge(municipalityId, n, Integer::sum);
            }
        }

        private static void add(Map<Dimension, Map<String, Integer>> m, Dimension d, String key, int n) {
            m.computeIfAbsent(d, x -> new TreeMap<>(Messages.collator())).merge(key, n, Integer::sum);
        }

        ParticipationSummary build() {
            if (persons > 0) {
                return new ParticipationSummary(persons, true, of(fromList, Dimension.CATEGORY),
                        of(fromList, Dimension.MUNICIPALITY), of(fromList, Dimension.ORGANIZATION), List.copyOf(duplicates),
                        Map.copyOf(listByMunicipalityId));
            }
            int total = enteredTotal != null ? enteredTotal : entered.values().stream()
                    .mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum()).max().orElse(0);
            return new ParticipationSummary(total, false, of(entered, Dimension.CATEGORY),
                    of(entered, Dimension.MUNICIPALITY), of(entered, Dimension.ORGANIZATION), List.of(),
                    Map.copyOf(enteredByMunicipalityId));
        }

        private static Map<String, Integer> of(Map<Dimension, Map<String, Integer>> m, Dimension d) {
            return m.getOrDefault(d, Map.of());
        }
    }
}
