package ru.knmc.innonet.network;

import java.time.LocalDate;
import java.util.List;

/**
 * A network with everything that belongs to it, saved and read as one: members by level, agreements,
 * the management-pedagogical team and the roadmap of every year.
 */
public record Network(Long id, String name, String theme, Long directionId, Long centreId,
                      FormationVariant variant, InteractionForm form, LocalDate startDate, LocalDate endDate,
                      Long methodistId, Long tutorId, Long tutorDecisionId, int version,
                      List<NetworkMember> members, List<Agreement> agreements, List<TeamMember> team,
                      List<RoadmapItem> roadmap) {

    public Network {
        members = List.copyOf(members);
        agreements = List.copyOf(agreements);
        team = List.copyOf(team);
        roadmap = List.copyOf(roadmap);
    }

    public static Network blank() {
        return new Network(null, "", null, null, null, FormationVariant.MSIP, InteractionForm.SITE,
                LocalDate.now(), null, null, null, null, 0, List.of(), List.of(), List.of(), List.of());
    }

    public Network withMembers(List<NetworkMember> value) {
        return new Network(id, name, theme, directionId, centreId, variant, form, startDate, endDate, methodistId,
                tutorId, tutorDecisionId, version, value, agreements, team, roadmap);
    }

    public Network withAgreements(List<Agreement> value) {
        return new Network(id, name, theme, directionId, centreId, variant, form, startDate, endDate, methodistId,
                tutorId, tutorDecisionId, version, members, value, team, roadmap);
    }

    public Network withTeam(List<TeamMember> value) {
        return new Network(id, name, theme, directionId, centreId, variant, form, startDate, endDate, methodistId,
                tutorId, tutorDecisionId, version, members, agreements, value, roadmap);
    }

    public Network withRoadmap(List<RoadmapItem> value) {
        return new Network(id, name, theme, directionId, centreId, variant, form, startDate, endDate, methodistId,
                tutorId, tutorDecisionId, version, members, agreements, team, value);
    }

    @Override
    public String toString() {
        return name;
    }
}
