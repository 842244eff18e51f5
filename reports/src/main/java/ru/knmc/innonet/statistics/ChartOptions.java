package ru.knmc.innonet.statistics;

/**
 * A chart's period and filters: the calendar {@code year} (charts over years end with it and show
 * {@code years} of them), the web resource (null: all resources) and the municipality (null: all).
 */
public record ChartOptions(int year, int years, Long resourceId, Long municipalityId) {
    public static final int DEFAULT_YEARS = 5;

    public static ChartOptions of(int year) {
        return new ChartOptions(year, DEFAULT_YEARS, null, null);
    }

    public int firstYear() {
        return year - Math.max(1, years) + 1;
    }
}
