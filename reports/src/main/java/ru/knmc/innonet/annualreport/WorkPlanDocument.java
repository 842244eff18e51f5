package ru.knmc.innonet.annualreport;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.office.ExcelFiles;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.GostTable;
import ru.knmc.innonet.office.word.Templates;

/** The site's work plan for an academic year in Word: one table, a group row per kind of activity. */
public final class WorkPlanDocument {
    private WorkPlanDocument() {
    }

    /**
     * @param title the title page of the report whose project the plan serves (organization, project), or
     *              {@link TitlePage#EMPTY}
     */
    public static void write(Path out, AcademicYear year, List<WorkPlanItem> items, TitlePage title,
                             DocumentTemplates templates) {
        ExcelFiles.checkWritable(out);
        if (items.isEmpty()) {
            throw new UserException("workPlan.error.empty", year);
        }
        try (GostDocument d = templates.open(Templates.PLAIN, Map.of(Templates.ORGANIZATION, title.organization()))) {
            d.title(Messages.get("doc.workPlan.title", year));
            if (!title.projectTitle().isEmpty()) {
                d.centered(Messages.get("doc.annualReport.project", title.projectTitle()), false);
                d.emptyLine();
            }
            GostTable t = d.table(new double[] {12, 62, 30, 40, 26}, Messages.get("doc.workPlan.col.no"),
                    Messages.get("doc.workPlan.col.content"), Messages.get("doc.workPlan.col.period"),
                    Messages.get("doc.workPlan.col.result"), Messages.get("doc.workPlan.col.responsible"));
            ActivityKind current = null;
            int n = 0;
            for (WorkPlanItem it : items) {
                if (it.kind() != current) {
                    current = it.kind();
                    t.groupRow(current.displayName());
                }
                n++;
                t.row(n + ".", it.content(), it.period(), it.expectedResult(), it.responsible());
            }
            d.save(out);
        }
    }
}
