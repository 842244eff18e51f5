package ru.knmc.innonet.office;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellUtil;

/**
 * The few cell styles every exported table uses. A workbook holds at most 64 000 styles, so they are
 * made once per workbook and shared by all cells, never made per cell.
 */
public record ExcelStyles(CellStyle title, CellStyle header, CellStyle text, CellStyle wrapped, CellStyle date,
                          CellStyle integer, CellStyle percent, CellStyle boldInteger, CellStyle boldText) {

    /** Excel's limit for the text of one cell; longer text makes POI throw. */
    public static final int MAX_CELL_TEXT = 32_767;

    public static ExcelStyles of(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 12);

        CellStyle title = wb.createCellStyle();
        title.setFont(big);

        CellStyle header = bordered(wb);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        CellStyle text = bordered(wb);
        CellStyle wrapped = bordered(wb);
        wrapped.setWrapText(true);
        CellStyle date = bordered(wb);
        date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
        date.setAlignment(HorizontalAlignment.CENTER);
        CellStyle integer = bordered(wb);
        integer.setDataFormat(wb.createDataFormat().getFormat("0"));
        CellStyle percent = bordered(wb);
        percent.setDataFormat(wb.createDataFormat().getFormat("0 %"));
        CellStyle boldInteger = bordered(wb);
        boldInteger.cloneStyleFrom(integer);
        boldInteger.setFont(bold);
        CellStyle boldText = bordered(wb);
        boldText.setFont(bold);
        boldText.setWrapText(true);
        return new ExcelStyles(title, header, text, wrapped, date, integer, percent, boldInteger, boldText);
    }

    private static CellStyle bordered(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /**
     * Writes a value as its own kind of cell, so that Excel sorts and sums it: a String as text (in
     * {@code textStyle}), a LocalDate as a date, a Number as a number. Null and empty text leave the
     * cell empty but bordered.
     */
    public void put(Row row, int column, Object value, CellStyle textStyle) {
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(date);
        } else if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(integer);
        } else if (value != null && !value.toString().isEmpty()) {
            String s = value.toString();
            cell.setCellValue(s.length() > MAX_CELL_TEXT ? s.substring(0, MAX_CELL_TEXT) : s);
            cell.setCellStyle(textStyle);
        } else {
            cell.setCellStyle(textStyle);
        }
    }

    /** A header cell; the header row's cells all get the grey header style, also the empty ones. */
    public void header(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(header);
    }

    public void title(Row row, String text) {
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(title);
        row.setHeightInPoints(20);
    }

    /** Merges a header block; the style is repeated on every merged cell so borders show all round. */
    public void mergeHeader(Row row, int firstColumn, int lastColumn) {
        for (int c = firstColumn; c <= lastColumn; c++) {
            CellUtil.getCell(row, c).setCellStyle(header);
        }
        if (lastColumn > firstColumn) {
            row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), firstColumn, lastColumn));
        }
    }
}
