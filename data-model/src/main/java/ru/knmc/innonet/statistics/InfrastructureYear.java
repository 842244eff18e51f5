package ru.knmc.innonet.statistics;

import java.math.BigDecimal;

/** Organizations with an innovation status at some time in a calendar year, and their share of all (null: no total). */
public record InfrastructureYear(int year, int organizations, Integer totalOrganizations, BigDecimal sharePercent) {
}
