package ru.knmc.innonet.statistics;

import java.math.BigDecimal;

/**
 * A target indicator: a target value in {@code unit} to reach by {@code targetYear} over the period from
 * {@code startYear}, measured against the {@code baseline} of {@code baseYear}; {@code computation} says how the
 * yearly actual value is obtained (computed from the data, or entered by hand).
 */
public record Indicator(Long id, String title, String unit, BigDecimal target, Integer startYear, Integer baseYear,
                        BigDecimal baseline, int targetYear, IndicatorComputation computation, int sortOrder, int version) {

    /** Without a period start or a baseline value. */
    public Indicator(Long id, String title, String unit, BigDecimal target, Integer baseYear, int targetYear,
                     IndicatorComputation computation, int sortOrder, int version) {
        this(id, title, unit, target, null, baseYear, null, targetYear, computation, sortOrder, version);
    }

    @Override
    public String toString() {
        return title;
    }
}
