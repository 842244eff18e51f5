package ru.knmc.innonet.event;

/**
 * One outlet in one year, side by side: the articles the publication table holds for it and the issues entered
 * for it ({@code issues} null when none were entered).
 */
public record OutletYear(int year, Outlet outlet, int articles, OutletIssues issues) {
    /** The number of issues, or null when not entered. */
    public Integer issueCount() {
        return issues == null ? null : issues.issues();
    }
}
