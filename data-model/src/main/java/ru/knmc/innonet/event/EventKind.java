package ru.knmc.innonet.event;

/** A kind of event (фестиваль, семинар…): reference data the centre edits. */
public record EventKind(Long id, String name, int sortOrder, int version) {
    @Override
    public String toString() {
        return name;
    }
}
