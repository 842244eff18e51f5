package ru.knmc.innonet.registry.importing;

import java.time.LocalDate;

/** An order as written in one cell: its number and, when the cell had one, its date (else null). */
public record OrderRef(String number, LocalDate date) {
}
