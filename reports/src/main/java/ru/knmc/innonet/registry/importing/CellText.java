package ru.knmc.innonet.registry.importing;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;

/**
 * A cell's value as the user means it, not as Excel happens to store it: «23» not «23.0», a date as
 * dd.MM.yyyy, a formula by its last computed value.
 */
final class CellText {
    private CellText() {
    }

    static String of(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Dates.format(cell.getLocalDateTimeCellValue().toLocalDate())
                    : number(cell.getNumericCellValue());
            case BOOLEAN -> Messages.get(cell.getBooleanCellValue() ? "import.boolean.true" : "import.boolean.false");
            default -> ""; // BLANK, and ERROR: «#Н/Д» is no value to import
        };
    }

    /** Whole numbers without «.0» (numbers, years, phone numbers typed as numbers); others in plain notation. */
    static String number(double d) {
        if (Double.isFinite(d) && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
    }
}
