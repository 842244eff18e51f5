package ru.knmc.innonet.registry.importing;

import ru.knmc.innonet.common.Messages;

/**
 * Something in the file that keeps a row (or the whole file) from being imported as it is.
 *
 * @param rowNumber the row as the user sees it in Excel or the CSV line; 0 for the file as a whole
 * @param column    the column's header as written in the file, or null when the problem is not one cell's
 * @param message   the Russian explanation, without the row/column prefix
 */
public record ImportProblem(int rowNumber, String column, String message) {

    public static ImportProblem ofFile(String message) {
        return new ImportProblem(0, null, message);
    }

    /** «Строка 7, столбец «Срок»: не удаётся разобрать период «2018 — ???»». */
    @Override
    public String toString() {
        if (rowNumber <= 0) {
            return message;
        }
        if (column == null || column.isBlank()) {
            return Messages.get("import.problem.atRow", String.valueOf(rowNumber), message);
        }
        return Messages.get("import.problem.atCell", String.valueOf(rowNumber), column, message);
    }
}
