package ru.knmc.innonet.statistics;

/**
 * A chart's period and filters: the calendar {@code year} (charts over years end with it and show {@code years} of
 * them), the web resource (null: all resources), the municipality (null: all), the audience segment of the visit
 * charts ({@link Segment#ALL}: the whole audience), the months of the charts with a period (the calendar
 * {@code year} when none is given) and the outlet of the publications chart (null: all).
 * {@link ChartKind#filters()} says which of them a chart uses.
 */
public record ChartOptions(int year, int years, Long resourceId, Long municipalityId, Segment segment, MonthPeriod period,
                           Long outletId) {
    public static final int DEFAULT_YEARS = 5;
    public static final int MAX_YEARS = 30;

    public ChartOptions {
        segment = segment == null ? Segment.ALL : segment;
        period = period == null ? MonthPeriod.calendarYear(year) : period;
    }

    public ChartOptions(int year, int years, Long resourceId, Long municipalityId, Segment segment, MonthPeriod period) {
        this(year, years, resourceId, municipalityId, segment, period, null);
    }

    public ChartOptions(int year, int years, Long resourceId, Long municipalityId, Segment segment) {
        this(year, years, resourceId, municipalityId, segment, null, null);
    }

    public ChartOptions(int year, int years, Long resourceId, Long municipalityId) {
        this(year, years, resourceId, municipalityId, Segment.ALL);
    }

    public static ChartOptions of(int year) {
        return new ChartOptions(year, DEFAULT_YEARS, null, null, Segment.ALL);
    }

    /** The same filters over another period of months. */
    public ChartOptions over(MonthPeriod months) {
        return new ChartOptions(year, years, resourceId, municipalityId, segment, months, outletId);
    }

    /** The same options for one outlet ({@code outlet} null: every outlet). */
    public ChartOptions withOutlet(Long outlet) {
        return new ChartOptions(year, years, resourceId, municipalityId, segment, period, outlet);
    }

    public int firstYear() {
        return year - Math.max(1, years) + 1;
    }
}
