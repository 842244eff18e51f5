package ru.knmc.innonet.statistics;

import java.math.BigDecimal;

/**
 * An organization's figures for a calendar year: integral rating, teaching staff, and teachers involved in
 * innovation projects and in developing innovation products (entered; other sources add to them).
 */
public record OrganizationFigures(long organizationId, String organizationName, int year, BigDecimal rating,
                                  Integer staffCount, Integer projectTeachers, Integer productTeachers, int version) {
}
