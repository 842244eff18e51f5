package ru.knmc.innonet.council;

/** ВЫСТУПИЛИ: who spoke on an item and the gist of it. */
public record Remark(long personId, String gist) {
}
