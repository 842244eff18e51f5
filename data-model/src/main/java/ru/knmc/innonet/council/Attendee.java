package ru.knmc.innonet.council;

/** A person at a meeting: a council member present or absent, or an invited guest. */
public record Attendee(long personId, boolean guest, boolean present) {
}
