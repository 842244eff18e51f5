package ru.knmc.innonet.event;

import java.time.LocalDate;

public record Publication(Long id, Long outletId, String issue, LocalDate date, String title, String authors,
                          String section, int version) {
}
