package ru.knmc.innonet.network;

import static ru.knmc.innonet.db.jooq.Tables.AGREEMENT;
import static ru.knmc.innonet.db.jooq.Tables.AGREEMENT_PARTY;
import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK;
import static ru.knmc.innonet.db.jooq.Tables.NETWORK_MEMBER;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.ROADMAP_ITEM;
import static ru.knmc.innonet.db.jooq.Tables.TEAM_MEMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.UserException;

/**
 * Networks read and saved whole: the network with its members, agreements, team and roadmap is one
 * record and one transaction. Rules are in {@link NetworkRules}.
 */
public final class NetworkService {
    private final DSLContext dsl;

    public NetworkService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<NetworkSummary> list() {
        var active = DSL.select(DSL.count()).from(NETWORK_MEMBER).where(NETWORK_MEMBER.NETWORK_ID.eq(NETWORK.ID)
                .and(NETWORK_MEMBER.LEFT_ON.isNull().or(NETWORK_MEMBER.LEFT_ON.ge(DSL.currentLocalDate())))).asField("active");
        return dsl.select(NETWORK.ID, NETWORK.NAME, ORGANIZATION.SHORT_NAME, DIRECTION.TITLE, NETWORK.FORMATION_VARIANT,
                        NETWORK.INTERACTION_FORM, NETWORK.START_DATE, NETWORK.END_DATE, active)
                .from(NETWORK).join(ORGANIZATION).on(ORGANIZATION.ID.eq(NETWORK.CENTRE_ID))
                .leftJoin(DIRECTION).on(DIRECTION.ID.eq(NETWORK.DIRECTION_ID))
                .orderBy(NETWORK.START_DATE.desc(), NETWORK.NAME)
                .fetch(r -> new NetworkSummary(r.value1(), r.value2(), r.value3(), r.value4(),
                        FormationVariant.valueOf(r.value5()), InteractionForm.valueOf(r.value6()), r.value7(), r.value8(),
                        ((Number) r.value9()).intValue()));
    }

    public Optional<Network> find(long id) {
        return read(dsl, id);
    }

    public Network get(long id) {
        return find(id).orElseThrow(() -> new UserException("network.error.notFound", id));
    }

    static Optional<Network> read(DSLContext tx, long id) {
        var n = tx.selectFrom(NETWORK).where(NETWORK.ID.eq(id)).fetchOne();
        if (n == null) {
            return Optional.empty();
        }
        List<NetworkMember> members = tx.selectFrom(NETWORK_MEMBER).where(NETWORK_MEMBER.NETWORK_ID.eq(id))
                .orderBy(NETWORK_MEMBER.MEMBER_LEVEL, NETWORK_MEMBER.ID)
                .fetch(m -> new NetworkMember(m.getId(), m.getOrganizationId(), MemberLevel.of(m.getMemberLevel()),
                        m.getJoinedOn(), m.getLeftOn(), m.getAdmittedDecisionId(), m.getReleasedDecisionId(), m.getLowRating()));
        Map<Long, List<Long>> parties = new HashMap<>();
        tx.select(AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT_PARTY.ORGANIZATION_ID).from(AGREEMENT_PARTY)
                .join(AGREEMENT).on(AGREEMENT.ID.eq(AGREEMENT_PARTY.AGREEMENT_ID)).where(AGREEMENT.NETWORK_ID.eq(id))
                .orderBy(AGREEMENT_PARTY.ORGANIZATION_ID)
                .forEach(r -> parties.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<Agreement> agreements = tx.selectFrom(AGREEMENT).where(AGREEMENT.NETWORK_ID.eq(id))
                .orderBy(AGREEMENT.SIGNED_ON, AGREEMENT.ID)
                .fetch(a -> new Agreement(a.getId(), a.getAgreementNo(), a.getSignedOn(), a.getSubject(), a.getValidTo(),
                        a.getWithDepartment(), parties.getOrDefault(a.getId(), List.of())));
        List<TeamMember> team = tx.selectFrom(TEAM_MEMBER).where(TEAM_MEMBER.NETWORK_ID.eq(id)).orderBy(TEAM_MEMBER.ID)
                .fetch(t -> new TeamMember(t.getId(), t.getOrganizationId(), t.getPersonId(), t.getTeamRole()));
        List<RoadmapItem> roadmap = tx.selectFrom(ROADMAP_ITEM).where(ROADMAP_ITEM.NETWORK_ID.eq(id))
                .orderBy(ROADMAP_ITEM.ACADEMIC_YEAR, ROADMAP_ITEM.POSITION)
                .fetch(r -> new RoadmapItem(r.getId(), new AcademicYear(r.getAcademicYear()), r.getActivity(),
                        r.getStartDate(), r.getEndDate(), r.getResponsibleOrgId(), r.getResponsiblePersonId(),
                        r.getExpectedResult(), RoadmapStatus.valueOf(r.getItemStatus()), r.getEventId()));
        return Optional.of(new Network(n.getId(), n.getName(), n.getTheme(), n.getDirectionId(), n.getCentreId(),
                FormationVariant.valueOf(n.getFormationVariant()), InteractionForm.valueOf(n.getInteractionForm()),
                n.getStartDate(), n.getEndDate(), n.getMethodistId(), n.getTutorId(), n.getTutorDecisionId(),
                n.getVersion(), members, agreements, team, roadmap));
    }

    /** Saves a new or edited network with all its parts after checking every rule; the centre becomes a level-1 member. */
    public Network save(Network network) {
        return dsl.transactionResult(c -> save(c.dsl(), network));
    }

    public static Network save(DSLContext tx, Network input) {
        Network n = NetworkRules.withCentreAsMember(input);
        NetworkRules.validate(n);
        var values = new LinkedHashMap<org.jooq.Field<?>, Object>();
        values.put(NETWORK.NAME, n.name().strip());
        values.put(NETWORK.THEME, blankToNull(n.theme()));
        values.put(NETWORK.DIRECTION_ID, n.directionId());
        values.put(NETWORK.CENTRE_ID, n.centreId());
        values.put(NETWORK.FORMATION_VARIANT, n.variant().name());
        values.put(NETWORK.INTERACTION_FORM, n.form().name());
        values.put(NETWORK.START_DATE, n.startDate());
        values.put(NETWORK.END_DATE, n.endDate());
        values.put(NETWORK.METHODIST_ID, n.methodistId());
        values.put(NETWORK.TUTOR_ID, n.tutorId());
        values.put(NETWORK.TUTOR_DECISION_ID, n.tutorId() == null ? null : n.tutorDecisionId());
        long id;
        if (n.id() == null) {
            id = tx.insertInto(NETWORK).set(values).returning(NETWORK.ID).fetchOne(NETWORK.ID);
        } else {
            values.put(NETWORK.VERSION, NETWORK.VERSION.plus(1));
            int updated = tx.update(NETWORK).set(values).where(NETWORK.ID.eq(n.id()).and(NETWORK.VERSION.eq(n.version()))).execute();
            if (updated == 0) {
                throw new ConcurrentEditException(n.name());
            }
            id = n.id();
            tx.deleteFrom(NETWORK_MEMBER).where(NETWORK_MEMBER.NETWORK_ID.eq(id)).execute();
            tx.deleteFrom(AGREEMENT).where(AGREEMENT.NETWORK_ID.eq(id)).execute();
            tx.deleteFrom(TEAM_MEMBER).where(TEAM_MEMBER.NETWORK_ID.eq(id)).execute();
            tx.deleteFrom(ROADMAP_ITEM).where(ROADMAP_ITEM.NETWORK_ID.eq(id)).execute();
        }
        for (NetworkMember m : n.members()) {
            tx.insertInto(NETWORK_MEMBER).set(NETWORK_MEMBER.NETWORK_ID, id).set(NETWORK_MEMBER.ORGANIZATION_ID, m.organizationId())
                    .set(NETWORK_MEMBER.MEMBER_LEVEL, m.level().number()).set(NETWORK_MEMBER.JOINED_ON, m.joinedOn())
                    .set(NETWORK_MEMBER.LEFT_ON, m.leftOn()).set(NETWORK_MEMBER.ADMITTED_DECISION_ID, m.admittedDecisionId())
                    .set(NETWORK_MEMBER.RELEASED_DECISION_ID, m.releasedDecisionId()).set(NETWORK_MEMBER.LOW_RATING, m.lowRating())
                    .execute();
        }
        for (Agreement a : n.agreements()) {
            long aid = tx.insertInto(AGREEMENT).set(AGREEMENT.NETWORK_ID, id).set(AGREEMENT.AGREEMENT_NO, a.number().strip())
                    .set(AGREEMENT.SIGNED_ON, a.signedOn()).set(AGREEMENT.SUBJECT, a.subject().strip())
                    .set(AGREEMENT.VALID_TO, a.validTo()).set(AGREEMENT.WITH_DEPARTMENT, a.withDepartment())
                    .returning(AGREEMENT.ID).fetchOne(AGREEMENT.ID);
            for (Long party : new java.util.LinkedHashSet<>(a.partyIds())) {
                tx.insertInto(AGREEMENT_PARTY).set(AGREEMENT_PARTY.AGREEMENT_ID, aid).set(AGREEMENT_PARTY.ORGANIZATION_ID, party).execute();
            }
        }
        for (TeamMember t : n.team()) {
            tx.insertInto(TEAM_MEMBER).set(TEAM_MEMBER.NETWORK_ID, id).set(TEAM_MEMBER.ORGANIZATION_ID, t.organizationId())
                    .set(TEAM_MEMBER.PERSON_ID, t.personId()).set(TEAM_MEMBER.TEAM_ROLE, blankToNull(t.role())).execute();
        }
        Map<Integer, Integer> positions = new HashMap<>();
        for (RoadmapItem r : n.roadmap()) {
            int position = positions.merge(r.year().startYear(), 1, Integer::sum);
            tx.insertInto(ROADMAP_ITEM).set(ROADMAP_ITEM.NETWORK_ID, id).set(ROADMAP_ITEM.ACADEMIC_YEAR, r.year().startYear())
                    .set(ROADMAP_ITEM.POSITION, position).set(ROADMAP_ITEM.ACTIVITY, r.activity().strip())
                    .set(ROADMAP_ITEM.START_DATE, r.startDate()).set(ROADMAP_ITEM.END_DATE, r.endDate())
                    .set(ROADMAP_ITEM.RESPONSIBLE_ORG_ID, r.responsibleOrgId())
                    .set(ROADMAP_ITEM.RESPONSIBLE_PERSON_ID, r.responsiblePersonId())
                    .set(ROADMAP_ITEM.EXPECTED_RESULT, blankToNull(r.expectedResult()))
                    .set(ROADMAP_ITEM.ITEM_STATUS, (r.status() == null ? RoadmapStatus.PLANNED : r.status()).name())
                    .set(ROADMAP_ITEM.EVENT_ID, r.eventId()).execute();
        }
        return read(tx, id).orElseThrow();
    }

    /** Deletes a network with everything in it; refused when someone changed it meanwhile. */
    public void delete(Network n) {
        dsl.transaction(c -> {
            int deleted = c.dsl().deleteFrom(NETWORK).where(NETWORK.ID.eq(n.id()).and(NETWORK.VERSION.eq(n.version()))).execute();
            if (deleted == 0) {
                throw new ConcurrentEditException(n.name());
            }
        });
    }

    /**
     * The organizations sharing a network with {@code organizationId} at {@code date}: both members on
     * that day. Used to find conflicts of interest.
     */
    public Set<Long> partnersOf(long organizationId, LocalDate date) {
        var mine = NETWORK_MEMBER.as("mine");
        var other = NETWORK_MEMBER.as("other");
        Set<Long> result = new HashSet<>(dsl.selectDistinct(other.ORGANIZATION_ID).from(mine)
                .join(other).on(other.NETWORK_ID.eq(mine.NETWORK_ID))
                .where(mine.ORGANIZATION_ID.eq(organizationId)
                        .and(mine.JOINED_ON.le(date)).and(mine.LEFT_ON.isNull().or(mine.LEFT_ON.ge(date)))
                        .and(other.JOINED_ON.le(date)).and(other.LEFT_ON.isNull().or(other.LEFT_ON.ge(date)))
                        .and(other.ORGANIZATION_ID.ne(organizationId)))
                .fetch(other.ORGANIZATION_ID));
        return Set.copyOf(result);
    }

    /** The networks an organization belongs or belonged to, newest first. */
    public List<OrganizationNetwork> networksOf(long organizationId) {
        return dsl.select(NETWORK.ID, NETWORK.NAME, NETWORK_MEMBER.MEMBER_LEVEL, NETWORK_MEMBER.JOINED_ON, NETWORK_MEMBER.LEFT_ON)
                .from(NETWORK_MEMBER).join(NETWORK).on(NETWORK.ID.eq(NETWORK_MEMBER.NETWORK_ID))
                .where(NETWORK_MEMBER.ORGANIZATION_ID.eq(organizationId))
                .orderBy(NETWORK_MEMBER.JOINED_ON.desc(), NETWORK.NAME)
                .fetch(r -> new OrganizationNetwork(r.value1(), r.value2(), MemberLevel.of(r.value3()), r.value4(), r.value5()));
    }

    /**
     * Networks by direction of an academic year, as the slides «Сетевые инновационные узлы (МСИП)» show
     * them: direction title → centres of the networks working in that year.
     */
    public Map<String, List<String>> centresByDirection(AcademicYear year) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        dsl.select(DIRECTION.TITLE, ORGANIZATION.SHORT_NAME).from(NETWORK)
                .join(DIRECTION).on(DIRECTION.ID.eq(NETWORK.DIRECTION_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(NETWORK.CENTRE_ID))
                .where(NETWORK.START_DATE.le(year.end()).and(NETWORK.END_DATE.isNull().or(NETWORK.END_DATE.ge(year.start()))))
                .orderBy(DIRECTION.ACADEMIC_YEAR, DIRECTION.SORT_ORDER, ORGANIZATION.SHORT_NAME)
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return result;
    }

    /** The latest academic year any roadmap is written for; empty when there is none. */
    public Optional<AcademicYear> latestRoadmapYear() {
        Integer y = dsl.select(DSL.max(ROADMAP_ITEM.ACADEMIC_YEAR)).from(ROADMAP_ITEM).fetchOne(0, Integer.class);
        return y == null ? Optional.empty() : Optional.of(new AcademicYear(y));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
