package ru.knmc.innonet.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chart's figures before drawing: series of values by category, in order. The window, the command line and
 * the annual report draw from the same data, and «data to Excel» writes exactly these numbers.
 * {@code share} is an optional second series in percent drawn on its own axis (the infrastructure's share).
 */
public record ChartData(ChartKind kind, String title, String subtitle, String categoryAxis, String valueAxis,
                        List<Series> series, Series share) {
    public ChartData {
        series = List.copyOf(series);
    }

    /** One series: its name and value per category (null: not measured, drawn as a gap). */
    public record Series(String name, Map<String, Number> values) {
        public Series {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Every category of every series, in the order they first appear. */
    public List<String> categories() {
        Set<String> out = new LinkedHashSet<>();
        series.forEach(s -> out.addAll(s.values().keySet()));
        if (share != null) {
            out.addAll(share.values().keySet());
        }
        return new ArrayList<>(out);
    }

    public boolean isEmpty() {
        return series.stream().allMatch(s -> s.values().values().stream().allMatch(v -> v == null || v.doubleValue() == 0));
    }
}
