package ru.knmc.innonet.event;

/** A row of an imported participant list, as read: texts only, {@code rowNumber} as the user sees it. */
public record ParticipantDraft(int rowNumber, String lastName, String firstName, String middleName, String organization,
                               String position, String municipality, String category) {
}
