package ru.knmc.innonet.event;

/** An entered count: {@code keyId} is the category, municipality or organization id, by {@code dimension}. */
public record ParticipantCount(Dimension dimension, long keyId, int count) {
}
