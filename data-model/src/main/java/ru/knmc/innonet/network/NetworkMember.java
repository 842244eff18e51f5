package ru.knmc.innonet.network;

import java.time.LocalDate;

/** An organization in a network on a level, from {@code joinedOn} to {@code leftOn}, admitted by a council decision. */
public record NetworkMember(Long id, long organizationId, MemberLevel level, LocalDate joinedOn, LocalDate leftOn,
                            Long admittedDecisionId, Long releasedDecisionId, boolean lowRating) {

    public boolean activeOn(LocalDate date) {
        return !joinedOn.isAfter(date) && (leftOn == null || !leftOn.isBefore(date));
    }

    /** Active at any day of the period. */
    public boolean activeBetween(LocalDate from, LocalDate to) {
        return !joinedOn.isAfter(to) && (leftOn == null || !leftOn.isBefore(from));
    }
}
