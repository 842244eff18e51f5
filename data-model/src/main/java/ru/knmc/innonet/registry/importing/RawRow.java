package ru.knmc.innonet.registry.importing;

import java.util.List;

/**
 * One data row of an imported table. {@code rowNumber} is the number the user sees in Excel (1-based,
 * counting title rows and the header) or the CSV record number, so messages point at the right line.
 * Cells are already cleaned (trimmed, NBSP and repeated spaces collapsed) and never null.
 */
public record RawRow(int rowNumber, List<String> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    /** The cell at {@code index}, or "" when the row is shorter (trailing empty cells are often missing). */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
