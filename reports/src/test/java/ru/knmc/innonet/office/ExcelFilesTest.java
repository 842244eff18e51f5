package ru.knmc.innonet.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.registry.RegistryColumn;
import ru.knmc.innonet.registry.RegistryWorkbook;

/** A save that fails speaks Russian, names the file, and leaves neither a partial file nor a temporary one. */
class ExcelFilesTest {
    @TempDir
    Path dir;

    @Test
    void missingFolder() {
        Path out = dir.resolve("нет такой папки").resolve("реестр.xlsx");
        assertThatThrownBy(() -> writeRegistry(out))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(out.toString())
                .hasMessageContaining("папки")
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("export.error.folderMissing"));
        assertThat(Files.exists(out.getParent())).isFalse();
    }

    @Test
    void folderThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "x");
        Path out = file.resolve("реестр.xlsx");
        assertThatThrownBy(() -> writeRegistry(out))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(out.toString())
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("export.error.folderMissing"));
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void readOnlyFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("только чтение"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root ignores permissions: there the folder stays writable and this case cannot happen
            assumeFalse(Files.isWritable(folder), "running as root: permissions are not enforced");
            Path out = folder.resolve("реестр.xlsx");
            assertThatThrownBy(() -> writeRegistry(out))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining(out.toString())
                    .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("export.error.folderReadOnly"));
            assertThat(Files.list(folder)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void readOnlyFileStandsForAFileOpenInExcel() throws IOException {
        Path out = Files.writeString(dir.resolve("реестр.xlsx"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(out), "running as root: permissions are not enforced");
        assertThatThrownBy(() -> writeRegistry(out))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(out.toString())
                .hasMessageContaining("Excel")
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("export.error.locked"));
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void targetThatIsAFolder() throws IOException {
        Path out = Files.createDirectory(dir.resolve("реестр.xlsx"));
        assertThatThrownBy(() -> writeRegistry(out))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(out.toString())
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("export.error.isFolder"));
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void failureHalfwayKeepsTheOldFileAndNoTemporaryOne() throws IOException {
        Path out = Files.writeString(dir.resolve("реестр.xlsx"), "old", StandardCharsets.UTF_8);
        SXSSFWorkbook failing = new SXSSFWorkbook() {
            @Override
            public void write(OutputStream stream) throws IOException {
                stream.write(new byte[10_000]);
                throw new IOException("No space left on device");
            }
        };
        assertThatThrownBy(() -> ExcelFiles.save(out, failing))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(out.toString())
                .satisfies(e -> assertThat(((UserException) e).key()).isEqualTo("export.error.write"));
        assertThat(Files.readString(out)).isEqualTo("old");
        assertThat(Files.list(dir)).containsExactly(out);
    }

    @Test
    void anExistingFileIsReplacedWholeKeepingItsPermissions() throws IOException {
        Path out = Files.writeString(dir.resolve("реестр.xlsx"), "old");
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw-r--"));
        writeRegistry(out);
        assertThat(Files.size(out)).isGreaterThan(1000);
        assertThat(Files.list(dir)).containsExactly(out);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw-r--");
    }

    @Test
    void aNewFileIsReadableByOthersNotOnlyByItsOwner() throws IOException {
        Path out = dir.resolve("новый.xlsx");
        writeRegistry(out);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");
    }

    private static void writeRegistry(Path out) {
        RegistryWorkbook.write(out, List.of(RegistryColumn.SHORT_NAME), List.of(), null, null);
    }
}
