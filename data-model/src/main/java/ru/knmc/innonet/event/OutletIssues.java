package ru.knmc.innonet.event;

import java.time.OffsetDateTime;

/**
 * How many issues an outlet published in a calendar year, as the specialist entered it (seed 001: 20 issues of
 * «Панорама образования» in 2017); {@code enteredBy}/{@code enteredAt} are set by the service when it is saved.
 */
public record OutletIssues(Long id, Long outletId, int year, Integer issues, String note, String enteredBy,
                           OffsetDateTime enteredAt, int version) {
    /** A new figure, not yet saved. */
    public static OutletIssues of(Long outletId, int year, Integer issues, String note) {
        return new OutletIssues(null, outletId, year, issues, note, null, null, 0);
    }
}
