package ru.knmc.innonet.network;

import java.time.LocalDate;
import java.util.List;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.registry.OrgType;
import ru.knmc.innonet.registry.Person;

/** A network with every name resolved: what the passport, the web page, the roadmap and the picture show. */
public record NetworkPaper(long id, String name, String theme, String direction, String centre, FormationVariant variant,
                           InteractionForm form, LocalDate startDate, LocalDate endDate, Person methodist, Person tutor,
                           String tutorDecision, List<Member> members, List<Contract> agreements, List<Representative> team,
                           List<Activity> roadmap) {

    public record Member(long organizationId, String name, OrgType type, String municipality, MemberLevel level,
                         LocalDate joinedOn, LocalDate leftOn, String admittedBy, boolean withoutAgreement) {

        public boolean activeOn(LocalDate day) {
            return !joinedOn.isAfter(day) && (leftOn == null || !leftOn.isBefore(day));
        }
    }

    public record Contract(String number, LocalDate signedOn, String subject, LocalDate validTo, boolean withDepartment,
                           List<String> parties) {
    }

    public record Representative(String organization, Person person, String role) {
    }

    public record Activity(AcademicYear year, String activity, LocalDate startDate, LocalDate endDate, String responsible,
                           String expectedResult, RoadmapStatus status) {
    }

    public List<Activity> roadmap(AcademicYear year) {
        return roadmap.stream().filter(a -> a.year().equals(year)).toList();
    }

    public List<Member> activeMembers(LocalDate day) {
        return members.stream().filter(m -> m.activeOn(day)).toList();
    }
}
