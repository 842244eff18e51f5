package ru.knmc.innonet.network;

import static ru.knmc.innonet.db.jooq.Tables.NETWORK;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK_MEMBER;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.ROADMAP_ITEM;
import static ru.knmc.innonet.db.jooq.Tables.TEAM_MEMBER;

import java.time.LocalDate;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.statistics.IndicatorComputation;
import ru.knmc.innonet.statistics.InvolvedPersons;
import ru.knmc.innonet.statistics.InvolvementSource;

/**
 * Teachers of innovation projects who work in the networks of the year: the members' representatives in the
 * management-pedagogical teams (of members that belonged to the network during the year) and the persons responsible
 * for the roadmap activities held in the year. Each person counts once, for their team's organization, or for the
 * activity's responsible organization (else the person's own). Networks say nothing about product development.
 */
public final class NetworkInvolvement implements InvolvementSource {
    @Override
    public String label() {
        return Messages.get("indicator.source.networks");
    }

    @Override
    public Map<Long, Integer> teachers(DSLContext dsl, int year, IndicatorComputation kind) {
        if (kind != IndicatorComputation.TEACHERS_IN_PROJECTS) {
            return Map.of();
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Condition networkActive = NETWORK.START_DATE.le(last).and(NETWORK.END_DATE.isNull().or(NETWORK.END_DATE.ge(first)));
        InvolvedPersons persons = new InvolvedPersons();
        dsl.select(TEAM_MEMBER.ORGANIZATION_ID, TEAM_MEMBER.PERSON_ID).from(TEAM_MEMBER)
                .join(NETWORK).on(NETWORK.ID.eq(TEAM_MEMBER.NETWORK_ID))
                .where(networkActive.and(TEAM_MEMBER.ORGANIZATION_ID.eq(NETWORK.CENTRE_ID).or(DSL.exists(
                        DSL.selectOne().from(NETWORK_MEMBER).where(NETWORK_MEMBER.NETWORK_ID.eq(TEAM_MEMBER.NETWORK_ID)
                                .and(NETWORK_MEMBER.ORGANIZATION_ID.eq(TEAM_MEMBER.ORGANIZATION_ID))
                                .and(NETWORK_MEMBER.JOINED_ON.le(last))
                                .and(NETWORK_MEMBER.LEFT_ON.isNull().or(NETWORK_MEMBER.LEFT_ON.ge(first))))))))
                .forEach(r -> persons.add(r.value1(), r.value2()));
        dsl.select(DSL.coalesce(ROADMAP_ITEM.RESPONSIBLE_ORG_ID, PERSON.ORGANIZATION_ID), ROADMAP_ITEM.RESPONSIBLE_PERSON_ID)
                .from(ROADMAP_ITEM).join(PERSON).on(PERSON.ID.eq(ROADMAP_ITEM.RESPONSIBLE_PERSON_ID))
                .where(DSL.coalesce(ROADMAP_ITEM.START_DATE, ROADMAP_ITEM.END_DATE).between(first, last)
                        .and(ROADMAP_ITEM.ITEM_STATUS.ne(RoadmapStatus.CANCELLED.name())))
                .forEach(r -> persons.add(r.value1(), r.value2()));
        return persons.counts();
    }
}
