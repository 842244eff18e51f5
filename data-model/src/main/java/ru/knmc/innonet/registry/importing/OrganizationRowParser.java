package ru.knmc.innonet.registry.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import ru.knmc.innonet.common.Messages;

/**
 * Reads the rows of a legacy registry list into an {@link ImportPlan}: normalized organizations and statuses
 * plus every problem, each naming its row and column. Pure: nothing is looked up or written here.
 */
public final class OrganizationRowParser {
    /** The municipality of rows in files without a municipality column: the first customer's city. */
    public static final String DEFAULT_MUNICIPALITY = Messages.get("import.defaultMunicipality");

    private OrganizationRowParser() {
    }

    /** Parses with the columns recognised from the headers. */
    public static ImportPlan parse(RawTable table) {
        return parse(table, ColumnMatcher.match(table.headers()));
    }

    public static ImportPlan parse(RawTable table, ColumnMapping mapping) {
        return parse(table, mapping, DEFAULT_MUNICIPALITY);
    }

    public static ImportPlan parse(RawTable table, ColumnMapping mapping, String defaultMunicipality) {
        if (!mapping.headers().equals(table.headers())) {
            throw new IllegalArgumentException("mapping made for other headers: " + mapping.headers());
        }
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        if (!mapping.hasName()) {
            problems.add(ImportProblem.ofFile(Messages.get("import.problem.missingColumn", table.fileName(),
                    ImportField.FULL_NAME.displayName(), ImportField.SHORT_NAME.displayName(), quoted(table.headers()))));
        } else if (table.rows().isEmpty()) {
            problems.add(ImportProblem.ofFile(Messages.get("import.problem.noRows", table.fileName())));
        } else {
            RowParser rowParser = new RowParser(mapping, defaultMunicipality, problems);
            DuplicateCheck duplicates = new DuplicateCheck(problems);
            for (RawRow raw : table.rows()) {
                ImportRow row = rowParser.parse(raw);
                if (row != null && duplicates.isFirst(row)) {
                    rows.add(row);
                }
            }
        }
        return new ImportPlan(table.fileName(), table.formatDescription(), mapping, mapping.unknownColumns(), rows,
                problems);
    }

    private static String quoted(List<String> headers) {
        String list = headers.stream().filter(h -> !h.isBlank()).map(h -> "«" + h + "»")
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? Messages.get("import.problem.noHeaders") : list;
    }
}
