package ru.knmc.innonet.contest;

import java.util.Map;
import java.util.TreeMap;

/**
 * One criterion of a set: scored 0..{@code maxScore}, optionally weighted, with what each score level
 * means ({@code levels}: score → descriptor) and an optional group.
 */
public record Criterion(Long id, long setId, Long groupId, int sortOrder, String title, String description,
                        int maxScore, Double weight, Map<Integer, String> levels, int version) {

    public Criterion {
        levels = levels == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(levels));
    }

    /** The weight the total uses: 1 when none is set. */
    public double effectiveWeight() {
        return weight == null ? 1.0 : weight;
    }

    public String descriptor(int score) {
        return levels.getOrDefault(score, "");
    }
}
