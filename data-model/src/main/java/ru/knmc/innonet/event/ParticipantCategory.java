package ru.knmc.innonet.event;

/** A category of participants (педагоги, руководители, гости…). */
public record ParticipantCategory(Long id, String name, int sortOrder, int version) {
    @Override
    public String toString() {
        return name;
    }
}
