package ru.knmc.innonet.event;

import java.util.List;

/**
 * What importing a named list into an event will do: {@code participants} replace the event's {@code existing}
 * list; {@code duplicates} («row 7: Иванова Мария Петровна, as in row 3») are left out; organizations and
 * municipalities not found in the registry are kept as text and listed.
 */
public record ParticipantImportPlan(long eventId, String fileName, List<Participant> participants, List<String> duplicates,
                                    List<String> unmatched, int existing) {
    public ParticipantImportPlan {
        participants = List.copyOf(participants);
        duplicates = List.copyOf(duplicates);
        unmatched = List.copyOf(unmatched);
    }
}
