package ru.knmc.innonet.statistics;

import java.math.BigDecimal;

/** A target indicator: a target value in {@code unit} to reach by {@code targetYear}, measured from {@code baseYear}. */
public record Indicator(Long id, String title, String unit, BigDecimal target, Integer baseYear, int targetYear,
                        IndicatorComputation computation, int sortOrder, int version) {
    @Override
    public String toString() {
        return title;
    }
}
