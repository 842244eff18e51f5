package ru.knmc.innonet.statistics;

import java.math.BigDecimal;
import java.util.List;

/**
 * An indicator's actual value in a year and where it comes from, in words for the user; {@code feeds} names the
 * data sources that gave a computed value something (empty for an entered value or when nothing was found).
 */
public record IndicatorActual(Indicator indicator, int year, BigDecimal value, boolean computed, String source,
                              List<String> feeds) {
    public IndicatorActual {
        feeds = List.copyOf(feeds);
    }

    public IndicatorActual(Indicator indicator, int year, BigDecimal value, boolean computed, String source) {
        this(indicator, year, value, computed, source, List.of());
    }
}
