package ru.knmc.innonet.contest;

import java.util.List;

/** The criteria of a contest for the remote expertise or for the defense, in their order. */
public record CriteriaSet(long id, long contestId, Purpose purpose, String title, List<CriterionGroup> groups,
                          List<Criterion> criteria, boolean frozen, int version) {

    /** The most a review can total: Σ max × weight. */
    public double maxTotal() {
        return criteria.stream().mapToDouble(c -> c.maxScore() * c.effectiveWeight()).sum();
    }
}
