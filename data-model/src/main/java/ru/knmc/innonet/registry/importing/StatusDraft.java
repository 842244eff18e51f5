package ru.knmc.innonet.registry.importing;

import java.time.LocalDate;

/**
 * A status assignment read from one row, before it is matched against the database.
 * {@code statusCode} is a status_kind code (MIP, MSIP, KIP…); the supervisor is the text as written.
 */
public record StatusDraft(String statusCode, String projectTopic, String direction, String orderNumber,
                          LocalDate orderDate, LocalDate start, LocalDate end, String supervisor) {
}
