package ru.knmc.innonet.council;

import java.time.LocalDate;

/**
 * A point of ПОСТАНОВИЛИ. Its number «1.2» is the item's position and the point's place in the item.
 * {@code directionsYear}/{@code directionsOrderId} link it to the directions of the year it approved;
 * members admitted and tutors approved point back to it from the networks.
 */
public record DecisionPoint(Long id, String text, Long responsiblePersonId, Long responsibleOrgId, LocalDate dueDate,
                            LocalDate doneOn, Integer directionsYear, Long directionsOrderId) {

    public static DecisionPoint of(String text) {
        return new DecisionPoint(null, text, null, null, null, null, null, null);
    }

    public DecisionPoint withDoneOn(LocalDate value) {
        return new DecisionPoint(id, text, responsiblePersonId, responsibleOrgId, dueDate, value, directionsYear, directionsOrderId);
    }
}
