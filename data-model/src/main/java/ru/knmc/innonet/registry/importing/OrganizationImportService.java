package ru.knmc.innonet.registry.importing;

import static ru.knmc.innonet.db.jooq.Tables.DIRECTION;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.PERSON;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_ASSIGNMENT;
import static ru.knmc.innonet.db.jooq.Tables.STATUS_KIND;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import ru.knmc.innonet.common.AcademicYear;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.demo.ProgressListener;
import ru.knmc.innonet.registry.Fields;
import ru.knmc.innonet.registry.IssuerLevel;
import ru.knmc.innonet.registry.LegalOrder;
import ru.knmc.innonet.registry.Organization;
import ru.knmc.innonet.registry.OrganizationService;
import ru.knmc.innonet.registry.Outcome;
import ru.knmc.innonet.registry.ReferenceService;
import ru.knmc.innonet.registry.StatusAssignment;
import ru.knmc.innonet.registry.StatusService;

/**
 * Applies an {@link ImportPlan} to the registry in one transaction: every row goes in, or none does.
 * A dry run does all the same work and checks, then rolls back, so its preview is exactly what a real
 * run would do.
 */
public final class OrganizationImportService {
    public enum OnDuplicate { SKIP, UPDATE }

    private final DSLContext dsl;

    public OrganizationImportService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Thrown inside the transaction to roll it back while carrying the result out. */
    private static final class Rollback extends RuntimeException {
        private final transient ImportResult result;

        Rollback(ImportResult result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    public ImportResult apply(ImportPlan plan, OnDuplicate onDuplicate, boolean dryRun, ProgressListener progress) {
        if (plan.rows().isEmpty()) {
            List<ImportProblem> problems = plan.problems().isEmpty()
                    ? List.of(ImportProblem.ofFile(Messages.get("import.problem.noRows", plan.fileName())))
                    : plan.problems();
            return new ImportResult(false, 0, 0, 0, 0, List.of(), problems, List.of());
        }
        try {
            return dsl.transactionResult(c -> {
                ImportResult r = new Run(c.dsl(), plan, onDuplicate, progress).execute();
                if (!plan.problems().isEmpty()) {
                    // the rows that are fine on their own are still tried, so the preview shows them and
                    // every rule they break; the file's own problems come first
                    List<ImportProblem> all = new ArrayList<>(plan.problems());
                    all.addAll(r.problems());
                    all.sort(java.util.Comparator.comparingInt(ImportProblem::rowNumber));
                    r = new ImportResult(false, r.added(), r.updated(), r.skipped(), r.statusesAdded(), r.decisions(),
                            all, r.warnings());
                }
                if (dryRun || !r.ok()) {
                    throw new Rollback(r);
                }
                return new ImportResult(true, r.added(), r.updated(), r.skipped(), r.statusesAdded(), r.decisions(),
                        r.problems(), r.warnings());
            });
        } catch (Rollback rollback) {
            return rollback.result;
        }
    }

    /** One import inside one transaction. */
    private static final class Run {
        private final DSLContext tx;
        private final ImportPlan plan;
        private final OnDuplicate onDuplicate;
        private final ProgressListener progress;
        private final ExistingOrganizations existing;
        private final Map<String, Long> municipalities = new HashMap<>();
        private final Map<String, Long> kinds = new HashMap<>();
        private final List<ImportResult.RowDecision> decisions = new ArrayList<>();
        private final List<ImportProblem> problems = new ArrayList<>();
        private final List<ImportProblem> warnings = new ArrayList<>();
        private int added;
        private int updated;
        private int skipped;
        private int statuses;

        Run(DSLContext tx, ImportPlan plan, OnDuplicate onDuplicate, ProgressListener progress) {
            this.tx = tx;
            this.plan = plan;
            this.onDuplicate = onDuplicate;
            this.progress = progress;
            this.existing = new ExistingOrganizations(tx);
            tx.selectFrom(MUNICIPALITY).forEach(m -> municipalities.putIfAbsent(Normalizer.nameKey(m.getName()), m.getId()));
            tx.selectFrom(STATUS_KIND).forEach(k -> kinds.put(k.getCode(), k.getId()));
        }

        ImportResult execute() {
            int i = 0;
            for (ImportRow row : plan.rows()) {
                if (i++ % 100 == 0) {
                    progress.progress((double) i / plan.rows().size(), Messages.get("import.progress", i, plan.rows().size()));
                }
                try {
                    importRow(row);
                } catch (ValidationException e) {
                    problems.add(new ImportProblem(row.rowNumber(), column(e.field()), e.getMessage()));
                } catch (DataAccessException e) {
                    org.slf4j.LoggerFactory.getLogger(OrganizationImportService.class).warn("Import row {} failed", row.rowNumber(), e);
                    problems.add(new ImportProblem(row.rowNumber(), null, Messages.get("import.problem.database")));
                    break; // the database refused a statement: the transaction cannot go on
                }
            }
            progress.progress(1, Messages.get("import.progress", plan.rows().size(), plan.rows().size()));
            return new ImportResult(false, added, updated, skipped, statuses, decisions, problems, warnings);
        }

        private void importRow(ImportRow row) {
            long municipalityId = municipality(row.municipality());
            Optional<Organization> match = existing.find(row, municipalityId);
            Organization org;
            ImportResult.Action action;
            if (match.isEmpty()) {
                org = OrganizationService.save(tx, new Organization(null, row.type(), row.legalForm(),
                        Normalizer.kind(row.shortName()).orElse(null), row.number(), row.ownName(), row.fullName(),
                        row.shortName(), municipalityId, row.address(), row.head(), row.phone(), row.email(),
                        row.website(), false, 0));
                added++;
                action = ImportResult.Action.ADD;
            } else if (onDuplicate == OnDuplicate.UPDATE) {
                Organization o = match.get();
                org = OrganizationService.save(tx, new Organization(o.id(), o.type(), or(row.legalForm(), o.legalForm()),
                        o.kindName(), or(row.number(), o.number()), or(row.ownName(), o.ownName()),
                        or(row.fullName(), o.fullName()), or(row.shortName(), o.shortName()), o.municipalityId(),
                        or(row.address(), o.address()), or(row.head(), o.headName()), or(row.phone(), o.phone()),
                        or(row.email(), o.email()), or(row.website(), o.website()), o.archived(), o.version()));
                updated++;
                action = ImportResult.Action.UPDATE;
            } else {
                org = match.get();
                skipped++;
                action = ImportResult.Action.SKIP;
            }
            existing.remember(org);
            String status = "";
            if (row.status() != null && action != ImportResult.Action.SKIP) {
                status = status(row, org);
            }
            decisions.add(new ImportResult.RowDecision(row.rowNumber(), row.shortName(), action,
                    match.map(Organization::shortName).orElse(null), status));
        }

        private String status(ImportRow row, Organization org) {
            StatusDraft s = row.status();
            Long kindId = kinds.get(s.statusCode());
            if (kindId == null) {
                throw new ValidationException("kind", "import.problem.unknownStatus", s.statusCode());
            }
            if (tx.fetchExists(STATUS_ASSIGNMENT, STATUS_ASSIGNMENT.ORGANIZATION_ID.eq(org.id())
                    .and(STATUS_ASSIGNMENT.STATUS_KIND_ID.eq(kindId)).and(STATUS_ASSIGNMENT.START_DATE.eq(s.start())))) {
                return Messages.get("import.status.alreadyThere");
            }
            LegalOrder order = order(s);
            StatusService.save(tx, new StatusAssignment(null, org.id(), kindId, s.projectTopic(), direction(row),
                    s.start(), s.end(), order.id(), null, supervisor(s.supervisor()), Outcome.ACTIVE, null, 0));
            statuses++;
            return Messages.get("import.status.added", s.statusCode(), Dates.format(s.start()));
        }

        private LegalOrder order(StatusDraft s) {
            return new ReferenceService(tx).orderByNumberAndDate(s.orderNumber(), s.orderDate()).orElseGet(() ->
                    ReferenceService.saveOrder(tx, new LegalOrder(null, s.orderNumber(), s.orderDate(),
                            Messages.get("order.defaultIssuer"), IssuerLevel.LOCAL,
                            Messages.get("import.order.title", plan.fileName()), null, 0)));
        }

        private Long direction(ImportRow row) {
            String title = row.status().direction();
            if (title == null || title.isBlank()) {
                return null;
            }
            int year = AcademicYear.of(row.status().start()).startYear();
            String key = Normalizer.nameKey(title);
            Long id = null;
            for (var d : tx.selectFrom(DIRECTION).orderBy(DIRECTION.ACADEMIC_YEAR.desc())) {
                if (Normalizer.nameKey(d.getTitle()).equals(key) && (id == null || d.getAcademicYear() == year)) {
                    id = d.getId();
                }
            }
            if (id == null) {
                warnings.add(new ImportProblem(row.rowNumber(), column("direction"),
                        Messages.get("import.warning.direction", title)));
            }
            return id;
        }

        /** Finds the supervisor by surname and initials («Иванова И.И., д.п.н.»), or records a new person. */
        private Long supervisor(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            PersonName name = PersonName.parse(text);
            for (var p : tx.selectFrom(PERSON).where(PERSON.LAST_NAME.equalIgnoreCase(name.lastName()))) {
                if (name.firstInitial() == null || (p.getFirstName() != null
                        && p.getFirstName().toUpperCase().startsWith(name.firstInitial()))) {
                    return p.getId();
                }
            }
            return tx.insertInto(PERSON).set(PERSON.LAST_NAME, name.lastName()).set(PERSON.FIRST_NAME, name.firstName())
                    .set(PERSON.MIDDLE_NAME, name.middleName()).set(PERSON.ACADEMIC_DEGREE, name.degree())
                    .returning(PERSON.ID).fetchOne(PERSON.ID);
        }

        private long municipality(String name) {
            String key = Normalizer.nameKey(name);
            return municipalities.computeIfAbsent(key, k -> tx.insertInto(MUNICIPALITY).set(MUNICIPALITY.NAME, name)
                    .set(MUNICIPALITY.REGION, Messages.get("import.defaultRegion"))
                    .returning(MUNICIPALITY.ID).fetchOne(MUNICIPALITY.ID));
        }

        private String column(String field) {
            ImportField f = switch (field == null ? "" : field) {
                case "number" -> ImportField.NUMBER;
                case "email" -> ImportField.EMAIL;
                case "phone" -> ImportField.PHONE;
                case "website" -> ImportField.WEBSITE;
                case "shortName" -> ImportField.SHORT_NAME;
                case "fullName" -> ImportField.FULL_NAME;
                case "startDate", "endDate" -> plan.mapping().has(ImportField.PERIOD) ? ImportField.PERIOD
                        : "startDate".equals(field) ? ImportField.START_DATE : ImportField.END_DATE;
                case "orderId" -> ImportField.ORDER;
                case "direction" -> ImportField.DIRECTION;
                case "kind" -> ImportField.STATUS;
                default -> null;
            };
            return f == null ? null : plan.mapping().header(f).orElse(f.displayName());
        }

        private static String or(String preferred, String fallback) {
            return preferred == null || preferred.isBlank() ? fallback : preferred;
        }
    }

    static String label(String field) {
        return Fields.label("organization", field);
    }
}
