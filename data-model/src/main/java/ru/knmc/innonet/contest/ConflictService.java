package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_AUTHOR;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_COAPPLICANT;
import static ru.knmc.innonet.db.jooq.Tables.CONTEST;
import static ru.knmc.innonet.db.jooq.Tables.DECLARED_CONFLICT;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.AcademicYear;

/**
 * Conflicts of interest computed from the registry at the moment they are asked for, so that a changed
 * workplace, author list or network shows at once: the expert works at the applicant or a co-applicant,
 * supervises the project or is one of its authors, works at an organization in a network with the
 * applicant; or declared a conflict.
 */
public final class ConflictService {
    private final DSLContext dsl;
    private final NetworkLinks networks;

    public ConflictService(DSLContext dsl, NetworkLinks networks) {
        this.dsl = dsl;
        this.networks = networks;
    }

    public List<Conflict> conflicts(long expertId, long applicationId) {
        long contestId = dsl.select(APPLICATION.CONTEST_ID).from(APPLICATION).where(APPLICATION.ID.eq(applicationId))
                .fetchOne(APPLICATION.CONTEST_ID);
        return index(dsl, contestId, List.of(expertId)).conflicts(expertId, applicationId);
    }

    /**
     * The conflicts of an application with everyone who could score it: the members of its subsystem's
     * group and of the expert council for the contest's year, the experts assigned to it and those who
     * declared a conflict with it.
     */
    public List<Conflict> forApplication(long applicationId) {
        var app = dsl.select(APPLICATION.CONTEST_ID, APPLICATION.SUBSYSTEM, CONTEST.ACADEMIC_YEAR).from(APPLICATION)
                .join(CONTEST).on(CONTEST.ID.eq(APPLICATION.CONTEST_ID)).where(APPLICATION.ID.eq(applicationId)).fetchOne();
        Set<Long> people = new java.util.LinkedHashSet<>();
        ExpertService.group(dsl, app.value3(), Subsystem.valueOf(app.value2())).ifPresent(g -> people.addAll(g.memberIds()));
        ExpertService.group(dsl, app.value3(), null).ifPresent(g -> people.addAll(g.memberIds()));
        people.addAll(dsl.select(REVIEW.EXPERT_ID).from(REVIEW).where(REVIEW.APPLICATION_ID.eq(applicationId))
                .fetch(REVIEW.EXPERT_ID));
        people.addAll(dsl.select(DECLARED_CONFLICT.PERSON_ID).from(DECLARED_CONFLICT)
                .where(DECLARED_CONFLICT.APPLICATION_ID.eq(applicationId)).fetch(DECLARED_CONFLICT.PERSON_ID));
        Index index = index(dsl, app.value1(), people);
        List<Conflict> out = new ArrayList<>();
        for (long p : people) {
            out.addAll(index.conflicts(p, applicationId));
        }
        return out;
    }

    /** Every conflict of the given experts with every application of the contest, looked up in memory. */
    public Index index(long contestId, Collection<Long> expertIds) {
        return index(dsl, contestId, expertIds);
    }

    Index index(DSLContext tx, long contestId, Collection<Long> expertIds) {
        int year = tx.select(CONTEST.ACADEMIC_YEAR).from(CONTEST).where(CONTEST.ID.eq(contestId)).fetchOne(CONTEST.ACADEMIC_YEAR);
        LocalDate date = new AcademicYear(year).start();
        Map<Long, Long> workplace = new HashMap<>();
        tx.select(PERSON.ID, PERSON.ORGANIZATION_ID).from(PERSON).where(PERSON.ID.in(expertIds))
                .forEach(r -> workplace.put(r.value1(), r.value2()));
        Map<Long, String> orgNames = new HashMap<>();
        Map<Long, App> apps = new HashMap<>();
        tx.select(APPLICATION.ID, APPLICATION.ORGANIZATION_ID, APPLICATION.SUPERVISOR_ID).from(APPLICATION)
                .where(APPLICATION.CONTEST_ID.eq(contestId))
                .forEach(r -> apps.put(r.value1(), new App(r.value2(), r.value3(), new HashSet<>(), new HashSet<>())));
        tx.select(APPLICATION_COAPPLICANT.APPLICATION_ID, APPLICATION_COAPPLICANT.ORGANIZATION_ID)
                .from(APPLICATION_COAPPLICANT).join(APPLICATION).on(APPLICATION.ID.eq(APPLICATION_COAPPLICANT.APPLICATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId))
                .forEach(r -> apps.get(r.value1()).coapplicants.add(r.value2()));
        tx.select(APPLICATION_AUTHOR.APPLICATION_ID, APPLICATION_AUTHOR.PERSON_ID)
                .from(APPLICATION_AUTHOR).join(APPLICATION).on(APPLICATION.ID.eq(APPLICATION_AUTHOR.APPLICATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId))
                .forEach(r -> apps.get(r.value1()).authors.add(r.value2()));
        Map<Long, Map<Long, String>> declared = new HashMap<>();
        tx.select(DECLARED_CONFLICT.PERSON_ID, DECLARED_CONFLICT.APPLICATION_ID, DECLARED_CONFLICT.REASON)
                .from(DECLARED_CONFLICT).join(APPLICATION).on(APPLICATION.ID.eq(DECLARED_CONFLICT.APPLICATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId))
                .forEach(r -> declared.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        Set<Long> orgIds = new HashSet<>(workplace.values());
        apps.values().forEach(a -> {
            orgIds.add(a.organization);
            orgIds.addAll(a.coapplicants);
        });
        orgIds.remove(null);
        tx.select(ORGANIZATION.ID, ORGANIZATION.SHORT_NAME).from(ORGANIZATION).where(ORGANIZATION.ID.in(orgIds))
                .forEach(r -> orgNames.put(r.value1(), r.value2()));
        Map<Long, Set<Long>> partners = new HashMap<>();
        for (App a : apps.values()) {
            partners.computeIfAbsent(a.organization, o -> networks.partnersOf(o, date));
        }
        return new Index(workplace, apps, declared, partners, orgNames);
    }

    private record App(long organization, Long supervisor, Set<Long> coapplicants, Set<Long> authors) {
    }

    /** Conflicts of a set of experts with a contest's applications, computed once for an assignment run. */
    public static final class Index {
        private final Map<Long, Long> workplace;
        private final Map<Long, App> apps;
        private final Map<Long, Map<Long, String>> declared;
        private final Map<Long, Set<Long>> partners;
        private final Map<Long, String> orgNames;

        private Index(Map<Long, Long> workplace, Map<Long, App> apps, Map<Long, Map<Long, String>> declared,
                      Map<Long, Set<Long>> partners, Map<Long, String> orgNames) {
            this.workplace = workplace;
            this.apps = apps;
            this.declared = declared;
            this.partners = partners;
            this.orgNames = orgNames;
        }

        public List<Conflict> conflicts(long expertId, long applicationId) {
            List<Conflict> out = new ArrayList<>();
            App a = apps.get(applicationId);
            if (a == null) {
                return out;
            }
            Long org = workplace.get(expertId);
            if (org != null && org == a.organization) {
                out.add(new Conflict(expertId, applicationId, ConflictKind.WORKS_AT_APPLICANT, orgNames.get(org)));
            }
            if (org != null && a.coapplicants.contains(org)) {
                out.add(new Conflict(expertId, applicationId, ConflictKind.WORKS_AT_COAPPLICANT, orgNames.get(org)));
            }
            if (a.supervisor != null && a.supervisor == expertId) {
                out.add(new Conflict(expertId, applicationId, ConflictKind.SUPERVISOR, null));
            }
            if (a.authors.contains(expertId)) {
                out.add(new Conflict(expertId, applicationId, ConflictKind.AUTHOR, null));
            }
            if (org != null && org != a.organization && partners.getOrDefault(a.organization, Set.of()).contains(org)) {
                out.add(new Conflict(expertId, applicationId, ConflictKind.NETWORK, orgNames.get(org)));
            }
            String reason = declared.getOrDefault(expertId, Map.of()).get(applicationId);
            if (reason != null) {
                out.add(new Conflict(expertId, applicationId, ConflictKind.DECLARED, reason));
            }
            return out;
        }

        public boolean conflicted(long expertId, long applicationId) {
            return !conflicts(expertId, applicationId).isEmpty();
        }
    }
}
