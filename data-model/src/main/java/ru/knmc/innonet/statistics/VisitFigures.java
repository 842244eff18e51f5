package ru.knmc.innonet.statistics;

import java.math.BigDecimal;

/**
 * The figures of one period; a figure that was not measured is null. {@code bounceRate} is a fraction (0.25 for
 * 25 %), {@code avgSeconds} the average time on the site.
 */
public record VisitFigures(Integer visitors, Integer newVisitors, Integer visits, Integer pageViews,
                           BigDecimal bounceRate, BigDecimal pageDepth, Integer avgSeconds) {
    public static VisitFigures of(Integer visitors, Integer newVisitors, Integer visits, Integer pageViews) {
        return new VisitFigures(visitors, newVisitors, visits, pageViews, null, null, null);
    }

    public boolean isEmpty() {
        return visitors == null && newVisitors == null && visits == null && pageViews == null;
    }

    /** Sum of two periods' additive figures; visitors are unique per period and so only summed across resources. */
    VisitFigures plus(VisitFigures o, boolean sumVisitors) {
        return new VisitFigures(sumVisitors ? add(visitors, o.visitors) : null, add(newVisitors, o.newVisitors),
                add(visits, o.visits), add(pageViews, o.pageViews), null, null, null);
    }

    private static Integer add(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + b;
    }
}
