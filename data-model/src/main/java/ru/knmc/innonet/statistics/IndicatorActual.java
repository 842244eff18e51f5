package ru.knmc.innonet.statistics;

import java.math.BigDecimal;

/** An indicator's actual value in a year and where it comes from, in words for the user. */
public record IndicatorActual(Indicator indicator, int year, BigDecimal value, boolean computed, String source) {
}
