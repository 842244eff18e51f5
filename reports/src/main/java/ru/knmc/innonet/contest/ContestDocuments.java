package ru.knmc.innonet.contest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.office.word.DocumentTemplates;
import ru.knmc.innonet.office.word.GostDocument;
import ru.knmc.innonet.office.word.GostTable;
import ru.knmc.innonet.office.word.Templates;
import ru.knmc.innonet.office.word.Typography;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Person;

/**
 * The contest's Word documents on the shared ГОСТ layer and the user's templates: the project passport
 * in seed 004's layout, the letter returning an application for correction, the expert council's
 * protocol and the draft order assigning the МИП status with the annex of winners.
 */
public final class ContestDocuments {
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
    private final DocumentTemplates templates;

    public ContestDocuments(DocumentTemplates templates) {
        this.templates = templates;
    }

    private Map<String, String> values(String organization) {
        Map<String, String> v = new HashMap<>();
        v.put(Templates.ORGANIZATION, organization);
        return v;
    }

    /** The passport as applicants fill it in Word: a numbered table of the 16 points, stages under point 11. */
    public void passport(ContestDocumentData.PassportView p, Path out) {
        try (GostDocument d = templates.open(Templates.PLAIN, values(p.organization()))) {
            d.title(Messages.get("contest.passport.title"));
            GostTable t = d.table(new double[] {18, 62, 90}, Messages.get("contest.passport.col.number"),
                    Messages.get("contest.passport.col.point"), Messages.get("contest.passport.col.content"));
            Passport s = p.application().passport();
            row(t, PassportLayout.TOPIC, "«" + s.topic() + "»");
            row(t, PassportLayout.AUTHORS, String.join(",\n", p.authors()));
            row(t, PassportLayout.SUPERVISOR, p.supervisor());
            row(t, PassportLayout.GOALS, s.goals());
            row(t, PassportLayout.TASKS, s.tasks());
            row(t, PassportLayout.MAIN_IDEA, s.mainIdea());
            row(t, PassportLayout.LEGAL_BASIS, s.legalBasis());
            row(t, PassportLayout.SIGNIFICANCE, s.significance());
            row(t, PassportLayout.NOVELTY, s.novelty());
            row(t, PassportLayout.PRACTICAL_VALUE, s.practicalValue());
            row(t, PassportLayout.MECHANISM, "");
            List<PassportStage> stages = p.application().stages();
            for (int i = 0; i < stages.size(); i++) {
                PassportStage st = stages.get(i);
                String n = "11." + (i + 1);
                t.row(n, Messages.get("contest.passport.stageLabel", i < ROMAN.length ? ROMAN[i] : String.valueOf(i + 1)),
                        st.title());
                t.row(n + ".1", Messages.get("contest.passport.stage.period"), nz(st.period()));
                t.row(n + ".2", Messages.get("contest.passport.stage.tasks"), nz(st.tasks()));
                t.row(n + ".3", Messages.get(i == stages.size() - 1 ? "contest.passport.stage.finalResult"
                        : "contest.passport.stage.result"), nz(st.result()));
            }
            row(t, PassportLayout.PROSPECTS, s.prospects());
            row(t, PassportLayout.DISSEMINATION, s.dissemination());
            row(t, PassportLayout.PUBLICATIONS, s.publications());
            row(t, PassportLayout.SITE_STATUS, s.siteStatus());
            row(t, PassportLayout.RESOURCES, s.resources());
            d.emptyLine();
            d.plain(Messages.get("contest.passport.footnote"));
            d.save(out);
        }
    }

    private static void row(GostTable t, PassportLayout p, String value) {
        t.row(p.number, Messages.get(p.labelKey()), nz(value));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The letter returning an application for correction, with the reasons of the formal check. */
    public void returnLetter(Contest contest, ContestDocumentData.PassportView p, List<FormalCheck> checks,
                             LocalDate resubmitBy, Path out) {
        Map<String, String> v = values(Messages.get("contest.doc.centre"));
        v.put(Templates.SIGNER_POSITION, Messages.get("contest.doc.letter.signerPosition"));
        v.put(Templates.SIGNER_NAME, Messages.get("contest.doc.letter.signerName"));
        try (GostDocument d = templates.open(Templates.LETTER, v)) {
            d.plain(Messages.get("contest.doc.letter.to", p.organization()));
            d.emptyLine();
            d.title(Messages.get("contest.doc.letter.title"));
            d.paragraph(Messages.get("contest.doc.letter.body", p.application().regNumber(), contest.romanNumber(),
                    contest.year().toString(), p.application().topic()));
            List<FormalCheck> failed = checks.stream().filter(c -> !c.passed()).toList();
            for (int i = 0; i < failed.size(); i++) {
                FormalCheck c = failed.get(i);
                d.bulleted(Typography.listItem(c.item().displayName() + ": " + c.reason(), i == failed.size() - 1));
            }
            d.paragraph(resubmitBy == null ? Messages.get("contest.doc.letter.resubmit")
                    : Messages.get("contest.doc.letter.resubmitBy", Typography.longDate(resubmitBy)));
            d.save(out);
        }
    }

    /** The expert council's protocol: who sat, the ranking per subsystem with its flags, the decisions. */
    public void councilProtocol(Contest contest, List<RankedApplication> ranking, List<Person> council, LocalDate date,
                                Path out) {
        Map<String, String> v = values(Messages.get("contest.doc.protocol.body"));
        v.put(Templates.CHAIR, council.isEmpty() ? "" : council.get(0).shortName());
        v.put(Templates.SECRETARY, council.size() < 2 ? "" : council.get(council.size() - 1).shortName());
        try (GostDocument d = templates.open(Templates.PROTOCOL, v)) {
            d.title(Messages.get("contest.doc.protocol.title", contest.romanNumber(), contest.year().toString()));
            d.plain(date == null ? Messages.get("contest.doc.protocol.dateBlank") : Typography.longDate(date));
            d.emptyLine();
            String present = council.stream().map(Person::nameWithDegree).collect(Collectors.joining(", "));
            d.labelled(Messages.get("contest.doc.protocol.present"), present.endsWith(".") ? present : present + ".");
            d.labelled(Messages.get("contest.doc.protocol.heard"), Messages.get("contest.doc.protocol.heardText",
                    contest.romanNumber()));
            GostTable t = d.table(new double[] {18, 14, 60, 20, 58}, Messages.get("contest.results.col.rank"),
                    Messages.get("contest.col.number"), Messages.get("contest.results.col.organization"),
                    Messages.get("contest.results.col.score"), Messages.get("contest.results.col.flags"));
            t.alignRight(3);
            Subsystem current = null;
            for (RankedApplication a : ranking) {
                if (a.subsystem() != current) {
                    current = a.subsystem();
                    t.groupRow(current.displayName());
                }
                t.row(String.valueOf(a.rank()), String.valueOf(a.regNumber()), a.organization(),
                        a.score() == null ? "" : ScoreFormat.format(a.score()), ContestResultsWorkbook.flags(a));
            }
            List<RankedApplication> ties = ranking.stream().filter(RankedApplication::tie).toList();
            if (!ties.isEmpty()) {
                d.paragraph(Messages.get("contest.doc.protocol.ties", ties.stream()
                        .map(a -> "№" + Typography.NBSP + a.regNumber()).collect(Collectors.joining(", "))));
            }
            d.labelled(Messages.get("contest.doc.protocol.decided"), Messages.get("contest.doc.protocol.decidedText"));
            int n = 0;
            for (RankedApplication a : ranking) {
                if (a.decision() != null) {
                    d.numbered(++n + ".", Messages.get("contest.doc.protocol.decisionLine", a.regNumber(),
                            a.organization(), a.topic(), a.decision().displayName()));
                }
            }
            if (n == 0) {
                d.paragraph(Messages.get("contest.doc.protocol.noDecisions"));
            }
            d.save(out);
        }
    }

    /**
     * The draft order «О присвоении статуса муниципальной инновационной площадки»: the preamble naming
     * the contest's order, the operative points, and the annex table of winners per subsystem.
     */
    public void draftOrder(Contest contest, LegalOrder announcing, List<ContestDocumentData.WinnerLine> winners,
                           LocalDate from, LocalDate to, Path out) {
        Map<String, String> v = values(Messages.get("contest.doc.centre"));
        v.put(Templates.SIGNER_POSITION, Messages.get("contest.doc.order.signerPosition"));
        v.put(Templates.SIGNER_NAME, Messages.get("contest.doc.order.signerName"));
        try (GostDocument d = templates.open(Templates.ORDER, v)) {
            d.plain(Messages.get("contest.doc.order.dateLine"));
            d.emptyLine();
            d.centered(Messages.get("contest.doc.order.title"), true);
            d.emptyLine();
            String basis = announcing == null ? Messages.get("contest.doc.order.basisNoOrder", contest.romanNumber())
                    : Messages.get("contest.doc.order.basis", Typography.shortDate(announcing.date()),
                    announcing.number(), announcing.title());
            d.paragraph(basis);
            d.paragraph(Messages.get("contest.doc.order.orders"));
            d.numbered("1.", Messages.get("contest.doc.order.point1", contest.romanNumber(), Typography.shortDate(from),
                    Typography.shortDate(to)));
            d.numbered("2.", Messages.get("contest.doc.order.point2"));
            d.numbered("3.", Messages.get("contest.doc.order.point3"));
            d.numbered("4.", Messages.get("contest.doc.order.point4"));
            d.afterTemplate();
            d.pageBreak();
            d.annexHead(Messages.get("contest.doc.order.annexHead"));
            d.emptyLine();
            d.title(Messages.get("contest.doc.order.annexTitle", contest.romanNumber(), contest.year().toString()));
            GostTable t = d.table(new double[] {15, 50, 58, 47}, Messages.get("contest.doc.order.col.number"),
                    Messages.get("contest.doc.order.col.organization"), Messages.get("contest.doc.order.col.topic"),
                    Messages.get("contest.doc.order.col.supervisor"));
            Subsystem current = null;
            int n = 0;
            for (ContestDocumentData.WinnerLine w : winners) {
                if (w.subsystem() != current) {
                    current = w.subsystem();
                    t.groupRow(current.displayName());
                }
                t.row(++n + ".", w.organization(), w.topic() + (w.direction().isEmpty() ? ""
                        : "\n" + Messages.get("contest.doc.order.direction", w.direction())), w.supervisor());
            }
            if (winners.isEmpty()) {
                t.row("", Messages.get("contest.doc.order.noWinners"), "", "");
            }
            d.save(out);
        }
    }

}
