package ru.knmc.innonet.council;

/** A person on the council in a role, for the organization they represent. */
public record CouncilMember(long personId, CouncilRole role, Long organizationId) {
}
