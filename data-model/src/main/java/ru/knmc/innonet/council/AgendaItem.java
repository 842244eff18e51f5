package ru.knmc.innonet.council;

import java.util.List;

/**
 * An item of the agenda: a title beginning «О …/Об …», speakers, duration and materials; after the
 * meeting, СЛУШАЛИ ({@code heardPersonId} on {@code heardText}), ВЫСТУПИЛИ and ПОСТАНОВИЛИ.
 */
public record AgendaItem(Long id, String title, Integer durationMinutes, String materials, List<Long> speakerIds,
                         Long heardPersonId, String heardText, List<Remark> remarks, List<DecisionPoint> decisions) {

    public AgendaItem {
        speakerIds = List.copyOf(speakerIds);
        remarks = List.copyOf(remarks);
        decisions = List.copyOf(decisions);
    }

    public static AgendaItem of(String title, Integer minutes, List<Long> speakers) {
        return new AgendaItem(null, title, minutes, null, speakers, null, null, List.of(), List.of());
    }

    public AgendaItem withTitle(String value) {
        return new AgendaItem(id, value, durationMinutes, materials, speakerIds, heardPersonId, heardText, remarks, decisions);
    }

    public AgendaItem withProtocol(Long heardPerson, String heard, List<Remark> newRemarks, List<DecisionPoint> newDecisions) {
        return new AgendaItem(id, title, durationMinutes, materials, speakerIds, heardPerson, heard, newRemarks, newDecisions);
    }
}
