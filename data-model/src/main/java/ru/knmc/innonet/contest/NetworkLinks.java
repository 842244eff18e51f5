package ru.knmc.innonet.contest;

import java.time.LocalDate;
import java.util.Set;

/**
 * The organizations an organization works with in a network on a date. The networks are kept by another
 * feature; the composition root wires it in, and {@link #NONE} knows of no network.
 */
@FunctionalInterface
public interface NetworkLinks {
    NetworkLinks NONE = (organizationId, date) -> Set.of();

    Set<Long> partnersOf(long organizationId, LocalDate date);
}
