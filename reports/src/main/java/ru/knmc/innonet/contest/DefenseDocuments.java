package ru.knmc.innonet.contest;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.GostTable;
import ru.knmc.innonet.office.word.Templates;

/** The order of presentations at the public defense, per subsystem, on the centre's plain template. */
public final class DefenseDocuments {
    private final DocumentTemplates templates;

    public DefenseDocuments(DocumentTemplates templates) {
        this.templates = templates;
    }

    public void order(Contest contest, List<DefenseService.Slot> slots, Path out) {
        Map<String, String> v = new HashMap<>();
        v.put(Templates.ORGANIZATION, Messages.get("contest.doc.centre"));
        try (GostDocument d = templates.open(Templates.PLAIN, v)) {
            d.title(Messages.get("contest.doc.defense.title", contest.romanNumber(), contest.year().toString()));
            GostTable t = d.table(new double[] {18, 20, 55, 77}, Messages.get("contest.doc.defense.col.place"),
                    Messages.get("contest.doc.defense.col.number"), Messages.get("contest.results.col.organization"),
                    Messages.get("contest.col.topic"));
            Subsystem current = null;
            int place = 0;
            for (DefenseService.Slot s : slots) {
                if (s.subsystem() != current) {
                    current = s.subsystem();
                    t.groupRow(current.displayName());
                    place = 0;
                }
                t.row(++place + ".", String.valueOf(s.regNumber()), s.organization(), s.topic());
            }
            if (slots.isEmpty()) {
                t.row("", "", Messages.get("contest.doc.defense.none"), "");
            }
            d.save(out);
        }
    }
}
