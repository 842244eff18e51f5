package ru.knmc.innonet.statistics;

import java.util.Map;
import org.jooq.DSLContext;

/**
 * A source of teachers involved in innovation work, per organization and year. Sources are combined per
 * organization by their maximum, so that one teacher counted by two sources is not counted twice; more
 * sources (applications, networks) plug in here.
 */
public interface InvolvementSource {
    /** The source's name as the indicator screen shows it. */
    String label();

    /** Teachers involved, by organization id, for the computation {@code kind} in calendar year {@code year}. */
    Map<Long, Integer> teachers(DSLContext dsl, int year, IndicatorComputation kind);
}
