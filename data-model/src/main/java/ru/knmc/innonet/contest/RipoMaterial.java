package ru.knmc.innonet.contest;

import java.time.LocalDate;

/**
 * A material of the RIPO bank: authors, organization, subsystem, the share of original author text
 * (percent), the expert conclusion and the date it was included.
 */
public record RipoMaterial(Long id, String title, String authors, Long organizationId, Subsystem subsystem,
                           int calendarYear, Double originality, RipoConclusion conclusion, LocalDate includedOn,
                           String filePath, int version) {
}
