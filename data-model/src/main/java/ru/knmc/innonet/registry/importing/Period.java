package ru.knmc.innonet.registry.importing;

import java.time.LocalDate;

/** A period from a «Срок» cell. Not validated: the parser reports an end before the start. */
public record Period(LocalDate start, LocalDate end) {
}
