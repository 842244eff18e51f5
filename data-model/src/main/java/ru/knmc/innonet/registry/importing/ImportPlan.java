package ru.knmc.innonet.registry.importing;

import java.util.List;

/**
 * What an import would do, shown to the user before anything is written. {@code rows} holds the rows that
 * are valid on their own; a row with a problem is left out of it and explained in {@code problems}.
 * Imports are all-or-nothing, so the plan may be applied only when {@link #isImportable()}.
 */
public record ImportPlan(String fileName, String formatDescription, ColumnMapping mapping, List<String> unknownColumns,
                         List<ImportRow> rows, List<ImportProblem> problems) {
    public ImportPlan {
        unknownColumns = List.copyOf(unknownColumns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isImportable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
