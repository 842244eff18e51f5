package ru.knmc.innonet.contest;

/** A conflict of interest between an expert and an application, with what it rests on. */
public record Conflict(long expertId, long applicationId, ConflictKind kind, String detail) {

    public String describe() {
        return detail == null || detail.isBlank() ? kind.displayName() : kind.displayName() + " (" + detail + ")";
    }
}
