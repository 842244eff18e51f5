package ru.knmc.innonet.registry.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Legacy lists as the centre receives them, good and bad, written into a test's temporary folder. */
final class ImportFiles {
    static final Charset CP1251 = Charset.forName("windows-1251");

    private final Path dir;

    ImportFiles(Path dir) {
        this.dir = dir;
    }

    /** A CSV from lines joined with CRLF, as Excel saves it, in {@code charset} without a BOM. */
    Path csv(String name, Charset charset, String... lines) throws IOException {
        return bytes(name, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }

    Path bytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** An .xlsx with one sheet; a {@link Number} becomes a numeric cell, anything else a text cell. */
    Path xlsx(String name, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Реестр");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    /** Random bytes named .xlsx: a photo or an archive someone renamed. */
    Path binaryAsXlsx(String name) throws IOException {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);
        return bytes(name, junk);
    }

    /** A real workbook whose sheet XML is padded with 8 MB of spaces: under 1 MB on disk, a thousandfold inflated. */
    Path zipBomb(String name) throws IOException {
        ByteArrayOutputStream normal = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row header = book.createSheet("Лист1").createRow(0);
            header.createCell(0).setCellValue("Наименование");
            header.createCell(1).setCellValue("Тип");
            book.write(normal);
        }
        Path bomb = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normal.toByteArray()));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                    for (int i = 0; i < 8; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        return bomb;
    }

    /**
     * {@code rows} kindergartens «МБДОУ детский сад № i», every hundredth with a МИП status, in Windows-1251; when
     * {@code lastRow} is given it replaces the last one.
     */
    Path bigCsv(String name, int rows, String lastRow) throws IOException {
        StringBuilder sb = new StringBuilder("Наименование;Тип;Район;E-mail;Статус;Приказ;Срок\r\n");
        for (int i = 1; i <= rows; i++) {
            if (i == rows && lastRow != null) {
                sb.append(lastRow).append("\r\n");
            } else {
                sb.append("МБДОУ детский сад № ").append(1000 + i).append(";ДОО;г. Краснодар;ds").append(1000 + i)
                        .append(i % 100 == 0 ? "@kubannet.ru;МИП;№ 1394 от 22.08.2017;2017–2020\r\n" : "@kubannet.ru;;;\r\n");
            }
        }
        return bytes(name, sb.toString().getBytes(CP1251));
    }
}
