package ru.knmc.innonet.registry;

/** A line of an organization's status history with names resolved for display. */
public record StatusRow(StatusAssignment assignment, String kind, String direction, String order, String endOrder,
                        String supervisor) {
}
