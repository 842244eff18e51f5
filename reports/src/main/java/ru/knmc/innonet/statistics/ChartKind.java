package ru.knmc.innonet.statistics;

import java.util.Arrays;
import java.util.Optional;
import ru.knmc.innonet.common.Messages;

/** Every chart of the statistics screen, with the name the command line knows it by. */
public enum ChartKind {
    VISITS("visits", Style.BARS),
    VISITS_MONTHLY("visits-monthly", Style.LINES),
    VISITS_SEGMENTS("visits-segments", Style.BARS),
    PARTICIPANTS_KIND("participants-kind", Style.BARS),
    PARTICIPANTS_LEVEL("participants-level", Style.BARS),
    PARTICIPANTS_MUNICIPALITY("participants-municipality", Style.HORIZONTAL_BARS),
    EVENTS_MONTHLY("events-monthly", Style.BARS),
    PUBLICATIONS("publications", Style.BARS),
    INFRASTRUCTURE("infrastructure", Style.BARS_AND_SHARE),
    INDICATORS("indicators", Style.HORIZONTAL_BARS);

    /** How the chart is drawn. */
    public enum Style { BARS, HORIZONTAL_BARS, LINES, BARS_AND_SHARE }

    private final String id;
    private final Style style;

    ChartKind(String id, Style style) {
        this.id = id;
        this.style = style;
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
