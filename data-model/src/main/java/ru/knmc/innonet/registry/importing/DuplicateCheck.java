package ru.knmc.innonet.registry.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.knmc.innonet.common.Messages;

/**
 * Finds an organization listed twice in one file: the same type, number and municipality, or the same name
 * once spelling is normalized. The later row is reported (naming the earlier one) and left out of the plan.
 */
final class DuplicateCheck {
    private final List<ImportProblem> problems;
    private final Map<String, Integer> byNumber = new HashMap<>();
    private final Map<String, Integer> byName = new HashMap<>();

    DuplicateCheck(List<ImportProblem> problems) {
        this.problems = problems;
    }

    /** True when {@code row} is not a repetition of an earlier row; else reports it. */
    boolean isFirst(ImportRow row) {
        String numberKey = row.number() == null ? null
                : row.type() + "|" + row.number().toLowerCase(Locale.ROOT) + "|" + Normalizer.nameKey(row.municipality());
        if (numberKey != null && byNumber.containsKey(numberKey)) {
            report(row, Messages.get("import.problem.duplicateNumber", String.valueOf(byNumber.get(numberKey)),
                    row.type().displayName(), row.number(), row.municipality()));
            return false;
        }
        // Every city has its «МБОУ СОШ № 23»: a name repeats only within one municipality.
        String place = Normalizer.nameKey(row.municipality()) + "|";
        String fullKey = place + Normalizer.nameKey(row.fullName());
        String shortKey = place + Normalizer.nameKey(row.shortName());
        for (String key : new String[] {fullKey, shortKey}) {
            if (byName.containsKey(key)) {
                report(row, Messages.get("import.problem.duplicateName", String.valueOf(byName.get(key)),
                        key.equals(fullKey) ? row.fullName() : row.shortName()));
                return false;
            }
        }
        if (numberKey != null) {
            byNumber.put(numberKey, row.rowNumber());
        }
        byName.put(fullKey, row.rowNumber());
        byName.putIfAbsent(shortKey, row.rowNumber());
        return true;
    }

    private void report(ImportRow row, String message) {
        problems.add(new ImportProblem(row.rowNumber(), null, message));
    }
}
