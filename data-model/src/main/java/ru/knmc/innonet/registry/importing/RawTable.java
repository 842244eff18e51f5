package ru.knmc.innonet.registry.importing;

import java.util.List;

/**
 * A spreadsheet or CSV as read from disk, before any meaning is given to its columns.
 *
 * @param fileName          the file's name (no folders), for messages
 * @param formatDescription how it was read, in Russian, e.g. «CSV, кодировка Windows-1251, разделитель «;»»
 * @param headerRowNumber   the row number of the header as the user sees it
 * @param headers           the header cells, cleaned
 * @param rows              the non-blank data rows below the header
 */
public record RawTable(String fileName, String formatDescription, int headerRowNumber, List<String> headers,
                       List<RawRow> rows) {
    public RawTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
