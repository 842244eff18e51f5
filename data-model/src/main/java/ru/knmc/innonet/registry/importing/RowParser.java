package ru.knmc.innonet.registry.importing;

import static ru.knmc.innonet.registry.importing.ImportField.*;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import ru.knmc.innonet.registry.OrgType;

/** Builds one {@link ImportRow} from one raw row, or reports why it cannot. */
final class RowParser {
    private final ColumnMapping mapping;
    private final String defaultMunicipality;
    private final List<ImportProblem> problems;

    RowParser(ColumnMapping mapping, String defaultMunicipality, List<ImportProblem> problems) {
        this.mapping = mapping;
        this.defaultMunicipality = defaultMunicipality;
        this.problems = problems;
    }

    /** The row, or null when it has a problem (then reported). */
    ImportRow parse(RawRow raw) {
        int problemsBefore = problems.size();
        RowCells c = new RowCells(raw, mapping, problems);
        String full = c.get(FULL_NAME);
        String shortName = c.get(SHORT_NAME);
        if (full.isEmpty() && shortName.isEmpty()) {
            c.problem(c.has(FULL_NAME) ? FULL_NAME : SHORT_NAME, "import.problem.missingName");
            return null;
        }
        String name = full.isEmpty() ? shortName : full;
        String legalForm = c.filled(LEGAL_FORM) ? c.get(LEGAL_FORM)
                : Normalizer.legalForm(shortName).or(() -> Normalizer.legalForm(full)).orElse(null);
        String number = number(c, shortName, full);
        OrgType type = type(c, full, shortName);
        String ownName = c.filled(OWN_NAME) ? c.get(OWN_NAME) : Normalizer.ownName(name).orElse(null);
        String municipality = c.filled(MUNICIPALITY) ? Normalizer.municipality(c.get(MUNICIPALITY)) : defaultMunicipality;
        if (c.filled(EMAIL) && !Normalizer.isValidEmail(c.get(EMAIL))) {
            c.problem(EMAIL, "import.problem.badEmail", c.get(EMAIL));
        }
        if (shortName.isEmpty()) {
            shortName = derivedShortName(legalForm, Normalizer.kind(full).orElse(null), number, ownName).orElse(full);
        }
        StatusDraft status = new StatusParser(c).parse();
        if (problems.size() > problemsBefore) {
            return null;
        }
        return new ImportRow(raw.rowNumber(), type, legalForm, number, ownName, full.isEmpty() ? shortName : full,
                shortName, municipality, c.orNull(ADDRESS), c.orNull(HEAD), c.orNull(PHONE), c.orNull(EMAIL),
                c.orNull(WEBSITE), status);
    }

    /** «МБОУ СОШ № 23»: a number column is often the row counter («№ п/п»), so the name's «№» wins. */
    private static String number(RowCells c, String shortName, String full) {
        Optional<String> fromName = Normalizer.numberFromName(shortName).or(() -> Normalizer.numberFromName(full));
        if (fromName.isPresent() || !c.filled(NUMBER)) {
            return fromName.orElse(null);
        }
        Optional<String> fromCell = Normalizer.number(c.get(NUMBER));
        if (fromCell.isEmpty()) {
            c.problem(NUMBER, "import.problem.badNumber", c.get(NUMBER));
        }
        return fromCell.orElse(null);
    }

    private static OrgType type(RowCells c, String full, String shortName) {
        if (c.filled(ORG_TYPE)) {
            Optional<OrgType> t = Normalizer.orgType(c.get(ORG_TYPE));
            if (t.isEmpty()) {
                c.problem(ORG_TYPE, "import.problem.unknownType", c.get(ORG_TYPE), typeChoices());
            }
            return t.orElse(null);
        }
        Optional<OrgType> t = Normalizer.orgTypeFromName(full).or(() -> Normalizer.orgTypeFromName(shortName));
        if (t.isEmpty()) {
            ImportField column = c.has(ORG_TYPE) ? ORG_TYPE : c.has(FULL_NAME) ? FULL_NAME : SHORT_NAME;
            c.problem(column, "import.problem.typeFromName", full.isEmpty() ? shortName : full, typeChoices());
        }
        return t.orElse(null);
    }

    /** «МБОУ СОШ № 23», «МАДОУ детский сад «Солнышко»»: only when legal form and kind are both known. */
    static Optional<String> derivedShortName(String legalForm, String kind, String number, String ownName) {
        if (legalForm == null || kind == null || (number == null && ownName == null)) {
            return Optional.empty();
        }
        String tail = number != null ? "№ " + number : "«" + ownName + "»";
        return Optional.of(String.join(" ", legalForm, kind, tail));
    }

    private static String typeChoices() {
        return Stream.of(OrgType.values()).map(t -> "«" + t.displayName() + "»").collect(Collectors.joining(", "));
    }
}
