package ru.knmc.innonet.network;

/** A member's representative in the management-pedagogical team (УПК), with a role. */
public record TeamMember(Long id, long organizationId, long personId, String role) {
}
