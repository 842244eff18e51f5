package ru.knmc.innonet.registry.importing;

import java.util.List;
import ru.knmc.innonet.common.Messages;

/** One raw row seen through the mapping, with the problem sink: the shared helper of the row parsers. */
final class RowCells {
    private final RawRow row;
    private final ColumnMapping mapping;
    private final List<ImportProblem> problems;

    RowCells(RawRow row, ColumnMapping mapping, List<ImportProblem> problems) {
        this.row = row;
        this.mapping = mapping;
        this.problems = problems;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    boolean has(ImportField field) {
        return mapping.has(field);
    }

    /** The cleaned cell, "" when empty or not mapped. */
    String get(ImportField field) {
        return Normalizer.text(mapping.cell(row, field));
    }

    /** The cleaned cell, null when empty or not mapped. */
    String orNull(ImportField field) {
        String s = get(field);
        return s.isEmpty() ? null : s;
    }

    boolean filled(ImportField field) {
        return !get(field).isEmpty();
    }

    /** The column's header as written in the file, or the field's own name when it is not mapped. */
    String header(ImportField field) {
        return mapping.header(field).orElse(field.displayName());
    }

    void problem(ImportField column, String key, Object... args) {
        problems.add(new ImportProblem(row.rowNumber(), column == null ? null : header(column), Messages.get(key, args)));
    }
}
