package ru.knmc.innonet.contest;

/**
 * An application's place in its subsystem: the remote and (when held) defense aggregates, the score it
 * is ranked by, whether it reaches the threshold, ties and disagreement for the council.
 */
public record RankedApplication(long applicationId, int regNumber, String organization, Subsystem subsystem,
                                String topic, Aggregate remote, Aggregate defense, Double score, int rank,
                                boolean passes, boolean tie, boolean withinWinners, Decision decision) {

    public boolean disagreement() {
        return remote.disagreement() || (defense != null && defense.disagreement());
    }
}
