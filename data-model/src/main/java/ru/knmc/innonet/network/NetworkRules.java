package ru.knmc.innonet.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.registry.Fields;

/** The rules of a network, checked before it is saved; each broken rule names the field and the row. */
public final class NetworkRules {
    private static final String ENTITY = "network";

    private NetworkRules() {
    }

    /** The centre is the level-1 member: added from the network's start when it is not among the members yet. */
    public static Network withCentreAsMember(Network n) {
        if (n.centreId() == null || n.members().stream().anyMatch(m -> m.organizationId() == n.centreId())) {
            return n;
        }
        List<NetworkMember> members = new ArrayList<>();
        members.add(new NetworkMember(null, n.centreId(), MemberLevel.CENTRE, n.startDate() == null ? LocalDate.now() : n.startDate(),
                n.endDate(), null, null, false));
        members.addAll(n.members());
        return n.withMembers(members);
    }

    public static void validate(Network n) {
        Fields.maxLength(ENTITY, "name", Fields.required(ENTITY, "name", n.name()), 500);
        Fields.maxLength(ENTITY, "theme", n.theme(), 2000);
        Fields.required(ENTITY, "centre", n.centreId());
        Fields.required(ENTITY, "variant", n.variant());
        Fields.required(ENTITY, "form", n.form());
        Fields.required(ENTITY, "startDate", n.startDate());
        if (n.endDate() != null && n.endDate().isBefore(n.startDate())) {
            throw new ValidationException("endDate", "validation.network.endBeforeStart", Dates.format(n.endDate()), Dates.format(n.startDate()));
        }
        if (n.tutorDecisionId() != null && n.tutorId() == null) {
            throw new ValidationException("tutor", "validation.network.decisionWithoutTutor");
        }
        validateMembers(n);
        validateAgreements(n);
        validateTeam(n);
        validateRoadmap(n);
    }

    private static void validateMembers(Network n) {
        List<NetworkMember> members = n.members();
        for (int i = 0; i < members.size(); i++) {
            NetworkMember m = members.get(i);
            int row = i + 1;
            if (m.level() == null || m.joinedOn() == null) {
                throw new ValidationException("members", "validation.network.memberIncomplete", row);
            }
            if (m.leftOn() != null && m.leftOn().isBefore(m.joinedOn())) {
                throw new ValidationException("members", "validation.network.memberDates", row,
                        Dates.format(m.leftOn()), Dates.format(m.joinedOn()));
            }
            if (m.level() == MemberLevel.CENTRE && m.organizationId() != n.centreId()) {
                throw new ValidationException("members", "validation.network.secondCentre", row);
            }
            if (m.organizationId() == n.centreId() && m.level() != MemberLevel.CENTRE) {
                throw new ValidationException("members", "validation.network.centreLevel", row);
            }
            for (int j = 0; j < i; j++) {
                NetworkMember o = members.get(j);
                if (o.organizationId() == m.organizationId() && overlap(o, m)) {
                    throw new ValidationException("members", "validation.network.memberTwice", row, j + 1);
                }
            }
        }
    }

    private static boolean overlap(NetworkMember a, NetworkMember b) {
        LocalDate aEnd = a.leftOn() == null ? LocalDate.MAX : a.leftOn();
        LocalDate bEnd = b.leftOn() == null ? LocalDate.MAX : b.leftOn();
        return !a.joinedOn().isAfter(bEnd) && !b.joinedOn().isAfter(aEnd);
    }

    private static void validateAgreements(Network n) {
        for (int i = 0; i < n.agreements().size(); i++) {
            Agreement a = n.agreements().get(i);
            int row = i + 1;
            if (a.number() == null || a.number().isBlank() || a.signedOn() == null || a.subject() == null || a.subject().isBlank()) {
                throw new ValidationException("agreements", "validation.network.agreementIncomplete", row);
            }
            if (new HashSet<>(a.partyIds()).size() < 2) {
                throw new ValidationException("agreements", "validation.network.agreementParties", row, a.number());
            }
            if (a.validTo() != null && a.validTo().isBefore(a.signedOn())) {
                throw new ValidationException("agreements", "validation.network.agreementDates", row, a.number());
            }
        }
    }

    private static void validateTeam(Network n) {
        Set<Long> memberOrgs = new HashSet<>();
        n.members().forEach(m -> memberOrgs.add(m.organizationId()));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < n.team().size(); i++) {
            TeamMember t = n.team().get(i);
            if (!memberOrgs.contains(t.organizationId())) {
                throw new ValidationException("team", "validation.network.teamNotMember", i + 1);
            }
            if (!seen.add(t.organizationId())) {
                throw new ValidationException("team", "validation.network.teamTwice", i + 1);
            }
        }
    }

    private static void validateRoadmap(Network n) {
        for (int i = 0; i < n.roadmap().size(); i++) {
            RoadmapItem r = n.roadmap().get(i);
            if (r.year() == null || r.activity() == null || r.activity().isBlank()) {
                throw new ValidationException("roadmap", "validation.network.roadmapIncomplete", i + 1);
            }
            if (r.startDate() != null && r.endDate() != null && r.endDate().isBefore(r.startDate())) {
                throw new ValidationException("roadmap", "validation.network.roadmapDates", i + 1, r.activity());
            }
        }
    }

    /**
     * Members active on {@code date} (other than the centre) that no agreement valid on that day binds:
     * those without any agreement and those whose agreements have all expired.
     */
    public static List<AgreementWarning> agreementWarnings(Network n, LocalDate date) {
        List<AgreementWarning> result = new ArrayList<>();
        for (NetworkMember m : n.members()) {
            if (m.level() == MemberLevel.CENTRE || !m.activeOn(date)) {
                continue;
            }
            List<Agreement> own = n.agreements().stream().filter(a -> a.partyIds().contains(m.organizationId())).toList();
            if (own.isEmpty()) {
                result.add(new AgreementWarning(m.organizationId(), AgreementWarning.Kind.NONE, null));
            } else if (own.stream().noneMatch(a -> a.validOn(date))) {
                LocalDate lastEnd = own.stream().map(Agreement::validTo).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
                result.add(new AgreementWarning(m.organizationId(), AgreementWarning.Kind.EXPIRED, lastEnd));
            }
        }
        return result;
    }
}
