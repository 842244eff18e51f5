package ru.knmc.innonet.contest;

/** A group of criteria with its maximum: the group's criteria may not promise more points than that. */
public record CriterionGroup(Long id, long setId, String title, Integer maxPoints, int sortOrder, int version) {
}
