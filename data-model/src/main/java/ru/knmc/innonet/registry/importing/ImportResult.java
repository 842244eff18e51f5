package ru.knmc.innonet.registry.importing;

import java.util.List;

/**
 * What an import did (or, for a dry run or a refused file, would have done: nothing was written then).
 *
 * @param decisions one line per row: added, updated or skipped, and the organization it matched
 * @param problems  what keeps the file from going in; non-empty means nothing was written
 * @param warnings  what went in differently than written (e.g. an unknown direction left empty)
 */
public record ImportResult(boolean written, int added, int updated, int skipped, int statusesAdded,
                           List<RowDecision> decisions, List<ImportProblem> problems, List<ImportProblem> warnings) {

    public enum Action { ADD, UPDATE, SKIP }

    /** The row's fate; {@code existing} names the organization already in the registry, if any. */
    public record RowDecision(int rowNumber, String name, Action action, String existing, String status) {
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
