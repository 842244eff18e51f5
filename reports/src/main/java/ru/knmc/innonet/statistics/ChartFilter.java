package ru.knmc.innonet.statistics;

/** A filter a chart may use besides its year: the window shows, and the command line accepts, only a chart's own. */
public enum ChartFilter {
    /** How many years a chart over years shows. */
    YEARS,
    /** One web resource instead of all. */
    RESOURCE,
    /** One segment of the audience (preschool, general, additional) instead of the whole. */
    SEGMENT,
    /** One municipality instead of all. */
    MUNICIPALITY,
    /** A range of months instead of the calendar year: an academic year or any months (data dated by day or month). */
    PERIOD,
    /** One outlet (newspaper, journal) instead of all. */
    OUTLET
}
