package ru.knmc.innonet.contest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The experts' scores of one application put together: the mean per criterion over the complete sheets,
 * the total (Σ mean × weight), the median and the spread (max − min) of the experts' totals, and the
 * disagreement flag when the spread exceeds {@code share} of the maximum total.
 */
public record Aggregate(int sheets, Map<Long, Double> meanByCriterion, double total, double maxTotal,
                        List<Double> expertTotals, double median, double spread, boolean disagreement) {

    public static Aggregate of(CriteriaSet set, List<ScoreSheet> all, double share) {
        List<ScoreSheet> complete = all.stream().filter(s -> s.complete(set)).toList();
        Map<Long, Double> means = new HashMap<>();
        double total = 0;
        if (!complete.isEmpty()) {
            for (Criterion c : set.criteria()) {
                double mean = complete.stream().mapToInt(s -> s.scores().get(c.id())).average().orElse(0);
                means.put(c.id(), mean);
                total += mean * c.effectiveWeight();
            }
        }
        List<Double> totals = new ArrayList<>(complete.stream().map(s -> s.total(set)).toList());
        Collections.sort(totals);
        double median = 0;
        double spread = 0;
        if (!totals.isEmpty()) {
            int n = totals.size();
            median = n % 2 == 1 ? totals.get(n / 2) : (totals.get(n / 2 - 1) + totals.get(n / 2)) / 2;
            spread = totals.get(n - 1) - totals.get(0);
        }
        double max = set.maxTotal();
        boolean disagreement = totals.size() >= 2 && spread > share * max + 1e-9;
        return new Aggregate(complete.size(), means, total, max, List.copyOf(totals), median, spread, disagreement);
    }

    public boolean scored() {
        return sheets > 0;
    }
}
