package ru.knmc.innonet.annualreport;

/**
 * Something the data lacks for a report's year, in Russian, with the window's section where to enter it
 * (the rail's section id: {@code reference}, {@code registry}, {@code reports}…).
 */
public record Gap(String text, String sectionId) {
}
