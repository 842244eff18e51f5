package ru.knmc.innonet.contest;

import java.util.HashMap;
import java.util.Map;

/**
 * One expert's sheet for one application: the scores by criterion id (a criterion not yet scored is
 * absent), the comment, the conclusion and the expert's declaration of no conflict of interest.
 */
public record ScoreSheet(long reviewId, long applicationId, long expertId, Purpose purpose, Map<Long, Integer> scores,
                         String comment, Conclusion conclusion, boolean noConflict, int version) {

    public ScoreSheet {
        scores = Map.copyOf(scores == null ? Map.of() : scores);
    }

    /** The running total: Σ score × weight over what is scored so far. */
    public double total(CriteriaSet set) {
        return set.criteria().stream().filter(c -> scores.containsKey(c.id()))
                .mapToDouble(c -> scores.get(c.id()) * c.effectiveWeight()).sum();
    }

    public boolean complete(CriteriaSet set) {
        return set.criteria().stream().allMatch(c -> scores.containsKey(c.id()));
    }

    public ScoreSheet withScore(long criterionId, Integer score) {
        Map<Long, Integer> m = new HashMap<>(scores);
        if (score == null) {
            m.remove(criterionId);
        } else {
            m.put(criterionId, score);
        }
        return new ScoreSheet(reviewId, applicationId, expertId, purpose, m, comment, conclusion, noConflict, version);
    }

    public ScoreSheet withText(String comment, Conclusion conclusion, boolean noConflict) {
        return new ScoreSheet(reviewId, applicationId, expertId, purpose, scores, comment, conclusion, noConflict,
                version);
    }
}
