package ru.knmc.innonet.network;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.council.DecisionChoice;
import ru.knmc.innonet.council.DecisionRegister;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Person;

/** Builds {@link NetworkPaper}s: a network's ids turned into names in a few queries. */
public final class NetworkPapers {
    private final DSLContext dsl;

    public NetworkPapers(DSLContext dsl) {
        this.dsl = dsl;
    }

    private record Org(String name, OrgType type, String municipality) {
    }

    public NetworkPaper paper(long networkId, LocalDate day) {
        Network n = new NetworkService(dsl).get(networkId);
        Set<Long> orgIds = new HashSet<>();
        Set<Long> personIds = new HashSet<>();
        orgIds.add(n.centreId());
        n.members().forEach(m -> orgIds.add(m.organizationId()));
        n.agreements().forEach(a -> orgIds.addAll(a.partyIds()));
        n.team().forEach(t -> {
            orgIds.add(t.organizationId());
            personIds.add(t.personId());
        });
        for (RoadmapItem r : n.roadmap()) {
            if (r.responsibleOrgId() != null) {
                orgIds.add(r.responsibleOrgId());
            }
            if (r.responsiblePersonId() != null) {
                personIds.add(r.responsiblePersonId());
            }
        }
        if (n.methodistId() != null) {
            personIds.add(n.methodistId());
        }
        if (n.tutorId() != null) {
            personIds.add(n.tutorId());
        }
        Map<Long, Org> orgs = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.SHORT_NAME, ORGANIZATION.ORG_TYPE, MUNICIPALITY.NAME).from(ORGANIZATION)
                .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(ORGANIZATION.MUNICIPALITY_ID)).where(ORGANIZATION.ID.in(orgIds))
                .forEach(r -> orgs.put(r.value1(), new Org(r.value2(), OrgType.valueOf(r.value3()), r.value4())));
        Map<Long, Person> persons = new OrganizationService(dsl).personsById(personIds);
        Map<Long, String> decisions = new HashMap<>();
        new DecisionRegister(dsl, java.time.Clock.systemDefaultZone()).choices().forEach(c -> decisions.put(c.id(), label(c)));
        String direction = n.directionId() == null ? null
                : dsl.select(DIRECTION.TITLE).from(DIRECTION).where(DIRECTION.ID.eq(n.directionId())).fetchOne(DIRECTION.TITLE);
        Set<Long> unbound = new HashSet<>();
        NetworkRules.agreementWarnings(n, day).forEach(w -> unbound.add(w.organizationId()));
        List<NetworkPaper.Member> members = new ArrayList<>();
        for (NetworkMember m : n.members()) {
            Org o = orgs.get(m.organizationId());
            members.add(new NetworkPaper.Member(m.organizationId(), o.name(), o.type(), o.municipality(), m.level(), m.joinedOn(),
                    m.leftOn(), m.admittedDecisionId() == null ? null : decisions.get(m.admittedDecisionId()),
                    unbound.contains(m.organizationId())));
        }
        List<NetworkPaper.Contract> agreements = n.agreements().stream().map(a -> new NetworkPaper.Contract(a.number(), a.signedOn(),
                a.subject(), a.validTo(), a.withDepartment(), a.partyIds().stream().map(id -> orgs.get(id).name()).toList())).toList();
        List<NetworkPaper.Representative> team = n.team().stream().map(t -> new NetworkPaper.Representative(
                orgs.get(t.organizationId()).name(), persons.get(t.personId()), t.role())).toList();
        List<NetworkPaper.Activity> roadmap = n.roadmap().stream().map(r -> {
            List<String> who = new ArrayList<>();
            if (r.responsibleOrgId() != null) {
                who.add(orgs.get(r.responsibleOrgId()).name());
            }
            if (r.responsiblePersonId() != null) {
                who.add(persons.get(r.responsiblePersonId()).shortName());
            }
            return new NetworkPaper.Activity(r.year(), r.activity(), r.startDate(), r.endDate(), String.join(", ", who),
                    r.expectedResult(), r.status());
        }).toList();
        return new NetworkPaper(n.id(), n.name(), n.theme(), direction, orgs.get(n.centreId()).name(), n.variant(), n.form(),
                n.startDate(), n.endDate(), n.methodistId() == null ? null : persons.get(n.methodistId()),
                n.tutorId() == null ? null : persons.get(n.tutorId()),
                n.tutorDecisionId() == null ? null : decisions.get(n.tutorDecisionId()), members, agreements, team, roadmap);
    }

    private static String label(DecisionChoice c) {
        return c.reference();
    }
}
