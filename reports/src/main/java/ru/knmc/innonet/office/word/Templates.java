package ru.knmc.innonet.office.word;

import static ru.knmc.innonet.office.word.TemplateSpec.token;

import java.util.List;
import java.util.Set;
import ru.knmc.innonet.common.Messages;

/**
 * The templates that ship with the program. The centre restyles a document by saving these into its
 * templates folder («Настройки» → «Сохранить шаблоны в папку»), editing them in Word and keeping the
 * {@code {{…}}} placeholders. Features add their specs here, so that the export offers them all.
 */
public final class Templates {
    /** The name of the organization issuing the document, e.g. «МКУ КНМЦ». */
    public static final String ORGANIZATION = "organization";
    public static final String APPROVER_POSITION = "approver.position";
    public static final String APPROVER_NAME = "approver.name";
    public static final String CHAIR = "chair";
    public static final String SECRETARY = "secretary";
    public static final String SIGNER_POSITION = "signer.position";
    public static final String SIGNER_NAME = "signer.name";

    /** A document with the centre's name on top and a body: passports, tables, reports. */
    public static final TemplateSpec PLAIN = new TemplateSpec("document", "doc.template.document", Set.of(),
            Set.of(ORGANIZATION), d -> {
                d.centered(token(ORGANIZATION), false);
                d.emptyLine();
                d.contentMarker();
            });

    /** The agenda of a meeting: approval block on the right, body. */
    public static final TemplateSpec AGENDA = new TemplateSpec("agenda", "doc.template.agenda",
            Set.of(APPROVER_POSITION, APPROVER_NAME), Set.of(ORGANIZATION), d -> {
                d.approvalBlock(token(APPROVER_POSITION), token(APPROVER_NAME));
                d.emptyLine();
                d.contentMarker();
            });

    /** A protocol: the body's name on top, the body, the chair's and secretary's signatures. */
    public static final TemplateSpec PROTOCOL = new TemplateSpec("protocol", "doc.template.protocol",
            Set.of(CHAIR, SECRETARY), Set.of(ORGANIZATION), d -> {
                d.centered(token(ORGANIZATION), true);
                d.contentMarker();
                d.emptyLine();
                d.signature(Messages.get("doc.signature.chair"), token(CHAIR));
                d.emptyLine();
                d.signature(Messages.get("doc.signature.secretary"), token(SECRETARY));
            });

    /** A draft order of the department: the header, the body, the signature. */
    public static final TemplateSpec ORDER = new TemplateSpec("order", "doc.template.order",
            Set.of(SIGNER_POSITION, SIGNER_NAME), Set.of(ORGANIZATION), d -> {
                d.centered(Messages.get("doc.order.issuer"), true);
                d.emptyLine();
                d.centered(Messages.get("doc.order.title"), true);
                d.emptyLine();
                d.contentMarker();
                d.emptyLine();
                d.signature(token(SIGNER_POSITION), token(SIGNER_NAME));
            });

    /** A letter of the centre: its name on top, the body, the signature. */
    public static final TemplateSpec LETTER = new TemplateSpec("letter", "doc.template.letter",
            Set.of(SIGNER_POSITION, SIGNER_NAME), Set.of(ORGANIZATION), d -> {
                d.centered(token(ORGANIZATION), true);
                d.emptyLine();
                d.contentMarker();
                d.emptyLine();
                d.signature(token(SIGNER_POSITION), token(SIGNER_NAME));
            });

    public static final String YEAR = "year";
    public static final String SITE_TITLE = "site.title";
    public static final String PROJECT_TITLE = "project.title";
    public static final String SITE_ORDER = "site.order";
    public static final String HEAD_POSITION = "head.position";
    public static final String HEAD_NAME = "head.name";
    public static final String PLACE = "place";

    /**
     * The annual report of the regional innovation site: a title page (who reports, the project, the
     * order behind the status, the year, the signature, the place), then the body from page 2.
     */
    public static final TemplateSpec ANNUAL_REPORT = new TemplateSpec("annual-report", "doc.template.annualReport",
            Set.of(YEAR), Set.of(ORGANIZATION, SITE_TITLE, PROJECT_TITLE, SITE_ORDER, HEAD_POSITION, HEAD_NAME, PLACE), d -> {
                d.centered(token(ORGANIZATION), false);
                for (int i = 0; i < 7; i++) {
                    d.emptyLine();
                }
                d.centered(Messages.get("doc.annualReport.kind"), true);
                d.centered(Messages.get("doc.annualReport.about", token(SITE_TITLE)), false);
                d.centered(Messages.get("doc.annualReport.project", token(PROJECT_TITLE)), true);
                d.centered(token(SITE_ORDER), false);
                d.centered(Messages.get("doc.annualReport.period", token(YEAR)), false);
                for (int i = 0; i < 9; i++) {
                    d.emptyLine();
                }
                d.signature(token(HEAD_POSITION), token(HEAD_NAME));
                d.emptyLine();
                d.emptyLine();
                d.centered(Messages.get("doc.annualReport.placeYear", token(PLACE), token(YEAR)), false);
                d.pageBreak();
                d.contentMarker();
            });

    private Templates() {
    }

    /** Every template the program uses, for «Сохранить шаблоны в папку». */
    public static List<TemplateSpec> all() {
        return List.of(PLAIN, AGENDA, PROTOCOL, ORDER, LETTER, ANNUAL_REPORT);
    }
}
