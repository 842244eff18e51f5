package ru.knmc.innonet.registry.importing;

import java.util.List;

/** A row of a sheet or CSV before the header is known: its number as the user sees it and its cleaned cells. */
record SheetLine(int number, List<String> cells) {
    boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** Cells up to the last non-blank one. */
    int width() {
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (!cells.get(i).isBlank()) {
                return i + 1;
            }
        }
        return 0;
    }
}
