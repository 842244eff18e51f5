package ru.knmc.innonet.statistics;

/**
 * A chart's period and filters: the calendar {@code year} (charts over years end with it and show {@code years} of
 * them), the web resource (null: all resources), the municipality (null: all) and the audience segment of the visit
 * charts ({@link Segment#ALL}: the whole audience), the outlet of the publications chart (null: all).
 * {@link ChartKind#filters()} says which of them a chart uses.
 */
public record ChartOptions(int year, int years, Long resourceId, Long municipalityId, Segment segment, Long outletId) {
    public static final int DEFAULT_YEARS = 5;
    public static final int MAX_YEARS = 30;

    public ChartOptions {
        segment = segment == null ? Segment.ALL : segment;
    }

    public ChartOptions(int year, int years, Long resourceId, Long municipalityId, Segment segment) {
        this(year, years, resourceId, municipalityId, segment, null);
    }

    /** The same options for one outlet ({@code outletId} null: every outlet). */
    public ChartOptions withOutlet(Long outlet) {
        return new ChartOptions(year, years, resourceId, municipalityId, segment, outlet);
    }

    public ChartOptions(int year, int years, Long resourceId, Long municipalityId) {
        this(year, years, resourceId, municipalityId, Segment.ALL);
    }

    public static ChartOptions of(int year) {
        return new ChartOptions(year, DEFAULT_YEARS, null, null, Segment.ALL);
    }

    public int firstYear() {
        return year - Math.max(1, years) + 1;
    }
}
