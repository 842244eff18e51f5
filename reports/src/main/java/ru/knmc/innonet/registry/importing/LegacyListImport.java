package ru.knmc.innonet.registry.importing;

import java.nio.file.Path;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.demo.ProgressListener;

/**
 * The whole import of a legacy list, as the command line and the window run it: read the file, match
 * its columns (or take the user's mapping), check every row, then apply all or nothing.
 */
public final class LegacyListImport {
    private final DSLContext dsl;
    private final TableReader reader = new TableReader();

    public LegacyListImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Reads the file; a file that cannot be read at all is a {@link UserException} naming it. */
    public RawTable read(Path file) {
        return reader.read(file);
    }

    public ImportPlan plan(RawTable table, ColumnMapping mapping) {
        return mapping == null ? OrganizationRowParser.parse(table) : OrganizationRowParser.parse(table, mapping);
    }

    public ImportResult apply(ImportPlan plan, OrganizationImportService.OnDuplicate onDuplicate, boolean dryRun,
                              ProgressListener progress) {
        return new OrganizationImportService(dsl).apply(plan, onDuplicate, dryRun, progress);
    }

    /** Read, plan and apply in one go, as {@code innonet import organizations FILE} does. */
    public Outcome run(Path file, OrganizationImportService.OnDuplicate onDuplicate, boolean dryRun, ProgressListener progress) {
        ImportPlan plan = plan(read(file), null);
        return new Outcome(plan, apply(plan, onDuplicate, dryRun, progress));
    }

    public record Outcome(ImportPlan plan, ImportResult result) {
    }
}
