package ru.knmc.innonet.event;

import java.util.Locale;

/** One person of an event's named participant list. */
public record Participant(Long id, String lastName, String firstName, String middleName, String organizationName,
                         Long organizationId, String position, Long municipalityId, Long categoryId) {
    public String fullName() {
        StringBuilder b = new StringBuilder(lastName);
        if (firstName != null && !firstName.isBlank()) {
            b.append(' ').append(firstName);
        }
        if (middleName != null && !middleName.isBlank()) {
            b.append(' ').append(middleName);
        }
        return b.toString();
    }

    /** The same person typed twice reads the same here: case, «ё» and spaces do not matter. */
    public String identity() {
        return fullName().toLowerCase(Locale.ROOT).replace('\u0451', '\u0435').replaceAll("\\s+", " ").strip();
    }
}
