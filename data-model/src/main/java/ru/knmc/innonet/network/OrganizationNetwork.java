package ru.knmc.innonet.network;

import java.time.LocalDate;

/** A network an organization belongs to, as its card shows it. */
public record OrganizationNetwork(long networkId, String networkName, MemberLevel level, LocalDate joinedOn,
                                  LocalDate leftOn) {
}
