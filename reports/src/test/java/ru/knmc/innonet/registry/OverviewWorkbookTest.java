package ru.knmc.innonet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.Messages;

class OverviewWorkbookTest {
    @TempDir
    Path dir;
    private final ExportFixture f = new ExportFixture();

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void matrixListsTheOrganizationsOfEachDirectionAndType() throws IOException {
        Overview overview = f.overview();
        Path out = dir.resolve("overview.xlsx");
        OverviewWorkbook.write(out, overview);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName)).containsExactly(
                    Messages.get("export.overview.sheet.matrix"), Messages.get("export.overview.sheet.kinds"),
                    Messages.get("export.overview.sheet.shares"));
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Инновационная инфраструктура 2017–2018 учебного года, Краснодар");
            for (int i = 0; i < overview.types().size(); i++) {
                assertThat(sheet.getRow(1).getCell(1 + 2 * i).getStringCellValue())
                        .isEqualTo(overview.types().get(i).displayName());
            }
            int last = 2 * overview.types().size() + 1;
            for (int d = 0; d < overview.directions().size(); d++) {
                Direction direction = overview.directions().get(d);
                Row row = sheet.getRow(3 + d);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(direction.title());
                int total = 0;
                for (int i = 0; i < overview.types().size(); i++) {
                    List<String> expected = overview.cell(direction, overview.types().get(i));
                    String listed = row.getCell(1 + 2 * i).getStringCellValue();
                    assertThat(listed.isEmpty() ? List.of() : Arrays.asList(listed.split("\n"))).isEqualTo(expected);
                    assertThat(row.getCell(1 + 2 * i).getCellStyle().getWrapText()).isTrue();
                    assertThat(row.getCell(2 + 2 * i).getNumericCellValue()).isEqualTo(expected.size());
                    total += expected.size();
                }
                assertThat(row.getCell(last).getNumericCellValue()).isEqualTo(total);
            }
            // the fixture: the school № 5 works in both directions; the totals row counts it once
            Row digital = sheet.getRow(3);
            assertThat(digital.getCell(3).getStringCellValue().split("\n"))
                    .contains("МБОУ гимназия № 23", "МБОУ СОШ № 5");
            Row inclusion = sheet.getRow(4);
            assertThat(inclusion.getCell(1).getStringCellValue()).isEqualTo("МБДОУ д/с № 101");
            assertThat(inclusion.getCell(3).getStringCellValue()).isEqualTo("МБОУ СОШ № 5");
            Row totals = sheet.getRow(3 + overview.directions().size());
            assertThat(totals.getCell(0).getStringCellValue()).isEqualTo(Messages.get("export.overview.totalRow"));
            double generalSum = digital.getCell(4).getNumericCellValue() + inclusion.getCell(4).getNumericCellValue();
            assertThat(totals.getCell(4).getNumericCellValue()).isEqualTo(generalSum - 1);
            assertThat(totals.getCell(last).getNumericCellValue())
                    .isEqualTo(digital.getCell(last).getNumericCellValue() + inclusion.getCell(last).getNumericCellValue() - 1);

            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A3:L5");
            assertThat(sheet.getColumnWidth(0)).isEqualTo(52 * 256);
            for (int c = 1; c <= last; c++) {
                assertThat(sheet.getColumnWidth(c)).isBetween(10 * 256, 42 * 256);
            }
        }
    }

    @Test
    void kindsAndSharesSheetsHoldTheFigures() throws IOException {
        Overview overview = f.overview();
        Path out = dir.resolve("overview.xlsx");
        OverviewWorkbook.write(out, overview);

        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet kinds = wb.getSheetAt(1);
            assertThat(kinds.getLastRowNum()).isEqualTo(1 + overview.perKind().size());
            for (int i = 0; i < overview.perKind().size(); i++) {
                Overview.KindCount k = overview.perKind().get(i);
                Row row = kinds.getRow(2 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(k.kind().shortName());
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(k.kind().level().displayName());
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(k.organizations());
            }
            assertThat(overview.perKind()).anySatisfy(k -> assertThat(k.organizations()).isPositive());
            Sheet shares = wb.getSheetAt(2);
            assertThat(shares.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(overview.shares()).hasSize(2);
            for (int i = 0; i < overview.shares().size(); i++) {
                Overview.Share s = overview.shares().get(i);
                Row row = shares.getRow(2 + i);
                assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(s.year());
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(s.inInfrastructure());
                assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(s.total());
                assertThat(row.getCell(3).getNumericCellValue()).isCloseTo(s.percent() / 100, offset(1e-9));
                assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0 %");
            }
            assertThat(shares.getRow(2).getCell(1).getNumericCellValue()).isPositive();
        }
    }
}
