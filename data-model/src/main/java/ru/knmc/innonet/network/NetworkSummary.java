package ru.knmc.innonet.network;

import java.time.LocalDate;

/** One line of the list of networks. */
public record NetworkSummary(long id, String name, String centreName, String directionTitle,
                             FormationVariant variant, InteractionForm form, LocalDate startDate,
                             LocalDate endDate, int activeMembers) {
}
