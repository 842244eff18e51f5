package ru.knmc.innonet.statistics;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import ru.knmc.innonet.common.Messages;

/** Every chart of the statistics screen, with the name the command line knows it by. */
public enum ChartKind {
    VISITS("visits", Style.BARS, ChartFilter.YEARS, ChartFilter.RESOURCE, ChartFilter.SEGMENT),
    VISITS_MONTHLY("visits-monthly", Style.LINES, ChartFilter.PERIOD, ChartFilter.RESOURCE, ChartFilter.SEGMENT),
    VISITS_SEGMENTS("visits-segments", Style.BARS, ChartFilter.RESOURCE),
    PARTICIPANTS_KIND("participants-kind", Style.BARS, ChartFilter.PERIOD, ChartFilter.MUNICIPALITY),
    PARTICIPANTS_LEVEL("participants-level", Style.BARS, ChartFilter.PERIOD, ChartFilter.MUNICIPALITY),
    PARTICIPANTS_MUNICIPALITY("participants-municipality", Style.HORIZONTAL_BARS, ChartFilter.PERIOD),
    EVENTS_MONTHLY("events-monthly", Style.BARS, ChartFilter.PERIOD),
    EVENTS_KIND("events-kind", Style.BARS, ChartFilter.PERIOD),
    PUBLICATIONS("publications", Style.BARS, ChartFilter.YEARS, ChartFilter.OUTLET),
    INFRASTRUCTURE("infrastructure", Style.BARS_AND_SHARE, ChartFilter.YEARS, ChartFilter.MUNICIPALITY),
    STATUS_KINDS("status-kinds", Style.BARS, ChartFilter.YEARS, ChartFilter.MUNICIPALITY),
    SITES_SUPERVISED("sites-supervised", Style.BARS_AND_SHARE, ChartFilter.YEARS, ChartFilter.MUNICIPALITY),
    SUPERVISORS("supervisors", Style.HORIZONTAL_BARS, ChartFilter.MUNICIPALITY),
    RIPO("ripo", Style.BARS, ChartFilter.YEARS),
    INDICATORS("indicators", Style.HORIZONTAL_BARS);

    /** How the chart is drawn. */
    public enum Style { BARS, HORIZONTAL_BARS, LINES, BARS_AND_SHARE }

    private final String id;
    private final Style style;
    private final Set<ChartFilter> filters;

    ChartKind(String id, Style style, ChartFilter... filters) {
        this.id = id;
        this.style = style;
        this.filters = filters.length == 0 ? EnumSet.noneOf(ChartFilter.class) : EnumSet.copyOf(Arrays.asList(filters));
    }

    /** The filters this chart's data depends on, besides the year. */
    public Set<ChartFilter> filters() {
        return Collections.unmodifiableSet(filters);
    }

    public boolean uses(ChartFilter f) {
        return filters.contains(f);
    }

    public String id() {
        return id;
    }

    public Style style() {
        return style;
    }

    public String title() {
        return Messages.get("chart." + id + ".title");
    }

    public static Optional<ChartKind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equalsIgnoreCase(id == null ? "" : id.strip())).findFirst();
    }

    @Override
    public String toString() {
        return title();
    }
}
