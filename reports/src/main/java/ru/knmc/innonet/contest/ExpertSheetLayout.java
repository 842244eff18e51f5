package ru.knmc.innonet.contest;

/**
 * Where things are on an offline expert sheet, shared by the writer and the reader: the hidden sheet
 * with the identifiers and signatures, the first criterion row, the input and identifier columns.
 */
final class ExpertSheetLayout {
    static final String META_SHEET = "innonet";
    static final String MARKER = "innonet-expert-sheet-1";
    static final int FIRST_CRITERION_ROW = 5;
    static final int COL_NUMBER = 0;
    static final int COL_TITLE = 1;
    static final int COL_LEVELS = 2;
    static final int COL_MAX = 3;
    static final int COL_SCORE = 4;
    static final int COL_ID = 5;

    private ExpertSheetLayout() {
    }

    static int totalRow(int criteria) {
        return FIRST_CRITERION_ROW + criteria;
    }

    static int conclusionRow(int criteria) {
        return totalRow(criteria) + 2;
    }

    static int commentRow(int criteria) {
        return conclusionRow(criteria) + 1;
    }

    static String sheetName(int regNumber) {
        return "№ " + regNumber;
    }
}
