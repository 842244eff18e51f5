package ru.knmc.innonet.contest;

import static ru.knmc.innonet.db.jooq.Tables.APPLICATION;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_ATTACHMENT;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_AUTHOR;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_CHECK;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_COAPPLICANT;
import static ru.knmc.innonet.db.jooq.Tables.APPLICATION_STAGE;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW;
import static ru.knmc.innonet.db.jooq.Tables.REVIEW_SCORE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.ApplicationRecord;

/** Applications with their passports; the formal check that accepts or returns them. */
public final class ApplicationService {
    private final DSLContext dsl;

    public ApplicationService(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A line of the contest's list of applications. */
    public record Row(long id, int regNumber, String organization, Subsystem subsystem, String topic,
                      ApplicationStatus status, Decision decision) {
    }

    public List<Row> list(long contestId) {
        return dsl.select(APPLICATION.ID, APPLICATION.REG_NUMBER, ORGANIZATION.SHORT_NAME, APPLICATION.SUBSYSTEM,
                        APPLICATION.TOPIC, APPLICATION.APP_STATUS, APPLICATION.DECISION)
                .from(APPLICATION).join(ORGANIZATION).on(ORGANIZATION.ID.eq(APPLICATION.ORGANIZATION_ID))
                .where(APPLICATION.CONTEST_ID.eq(contestId)).orderBy(APPLICATION.REG_NUMBER)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), Subsystem.valueOf(r.value4()), r.value5(),
                        ApplicationStatus.valueOf(r.value6()), r.value7() == null ? null : Decision.valueOf(r.value7())));
    }

    public Optional<Application> find(long id) {
        return find(dsl, id);
    }

    public Application get(long id) {
        return find(id).orElseThrow(() -> new UserException("contest.application.notFound", id));
    }

    static Optional<Application> find(DSLContext tx, long id) {
        ApplicationRecord r = tx.selectFrom(APPLICATION).where(APPLICATION.ID.eq(id)).fetchOne();
        if (r == null) {
            return Optional.empty();
        }
        List<Long> co = tx.select(APPLICATION_COAPPLICANT.ORGANIZATION_ID).from(APPLICATION_COAPPLICANT)
                .where(APPLICATION_COAPPLICANT.APPLICATION_ID.eq(id)).orderBy(APPLICATION_COAPPLICANT.ORGANIZATION_ID)
                .fetch(APPLICATION_COAPPLICANT.ORGANIZATION_ID);
        List<Long> authors = tx.select(APPLICATION_AUTHOR.PERSON_ID).from(APPLICATION_AUTHOR)
                .where(APPLICATION_AUTHOR.APPLICATION_ID.eq(id)).orderBy(APPLICATION_AUTHOR.SORT_ORDER)
                .fetch(APPLICATION_AUTHOR.PERSON_ID);
        List<PassportStage> stages = tx.selectFrom(APPLICATION_STAGE).where(APPLICATION_STAGE.APPLICATION_ID.eq(id))
                .orderBy(APPLICATION_STAGE.SORT_ORDER)
                .fetch(s -> new PassportStage(s.getTitle(), s.getPeriodText(), s.getTasks(), s.getResult()));
        List<String> files = tx.select(APPLICATION_ATTACHMENT.FILE_PATH).from(APPLICATION_ATTACHMENT)
                .where(APPLICATION_ATTACHMENT.APPLICATION_ID.eq(id)).orderBy(APPLICATION_ATTACHMENT.ID)
                .fetch(APPLICATION_ATTACHMENT.FILE_PATH);
        Passport p = new Passport(r.getTopic(), r.getGoals(), r.getTasks(), r.getMainIdea(), r.getLegalBasis(),
                r.getSignificance(), r.getNovelty(), r.getPracticalValue(), r.getProspects(), r.getDissemination(),
                r.getPublications(), r.getSiteStatus(), r.getResources());
        return Optional.of(new Application(id, r.getContestId(), r.getRegNumber(), r.getOrganizationId(), co,
                Subsystem.valueOf(r.getSubsystem()), r.getDirectionId(), r.getSupervisorId(), authors, p, stages, files,
                r.getSubmittedOn(), ApplicationStatus.valueOf(r.getAppStatus()), r.getReturnReasons(),
                r.getDefensePosition(), r.getDecision() == null ? null : Decision.valueOf(r.getDecision()),
                r.getDecisionNote(), r.getSiteAssignmentId(), r.getGrantedAssignmentId(), r.getVersion()));
    }

    public Application save(Application a) {
        return dsl.transactionResult(t -> save(t.dsl(), a));
    }

    static Application save(DSLContext tx, Application a) {
        validate(a);
        Map<Field<?>, Object> v = new LinkedHashMap<>();
        v.put(APPLICATION.ORGANIZATION_ID, a.organizationId());
        v.put(APPLICATION.SUBSYSTEM, a.subsystem().name());
        v.put(APPLICATION.DIRECTION_ID, a.directionId());
        v.put(APPLICATION.SUPERVISOR_ID, a.supervisorId());
        Passport p = a.passport();
        v.put(APPLICATION.TOPIC, p.topic().strip());
        v.put(APPLICATION.GOALS, p.goals());
        v.put(APPLICATION.TASKS, p.tasks());
        v.put(APPLICATION.MAIN_IDEA, p.mainIdea());
        v.put(APPLICATION.LEGAL_BASIS, p.legalBasis());
        v.put(APPLICATION.SIGNIFICANCE, p.significance());
        v.put(APPLICATION.NOVELTY, p.novelty());
        v.put(APPLICATION.PRACTICAL_VALUE, p.practicalValue());
        v.put(APPLICATION.PROSPECTS, p.prospects());
        v.put(APPLICATION.DISSEMINATION, p.dissemination());
        v.put(APPLICATION.PUBLICATIONS, p.publications());
        v.put(APPLICATION.SITE_STATUS, p.siteStatus());
        v.put(APPLICATION.RESOURCES, p.resources());
        v.put(APPLICATION.SUBMITTED_ON, a.submittedOn());
        v.put(APPLICATION.APP_STATUS, a.status().name());
        v.put(APPLICATION.RETURN_REASONS, a.returnReasons());
        v.put(APPLICATION.DEFENSE_POSITION, a.defensePosition());
        v.put(APPLICATION.DECISION, a.decision() == null ? null : a.decision().name());
        v.put(APPLICATION.DECISION_NOTE, a.decisionNote());
        v.put(APPLICATION.SITE_ASSIGNMENT_ID, a.siteAssignmentId());
        v.put(APPLICATION.GRANTED_ASSIGNMENT_ID, a.grantedAssignmentId());
        long id;
        if (a.id() == null) {
            Integer last = tx.select(DSL.max(APPLICATION.REG_NUMBER)).from(APPLICATION)
                    .where(APPLICATION.CONTEST_ID.eq(a.contestId())).fetchOne(0, Integer.class);
            v.put(APPLICATION.CONTEST_ID, a.contestId());
            v.put(APPLICATION.REG_NUMBER, a.regNumber() > 0 ? a.regNumber() : (last == null ? 1 : last + 1));
            id = tx.insertInto(APPLICATION).set(v).returning(APPLICATION.ID).fetchOne(APPLICATION.ID);
        } else {
            v.put(APPLICATION.VERSION, APPLICATION.VERSION.plus(1));
            int n = tx.update(APPLICATION).set(v)
                    .where(APPLICATION.ID.eq(a.id()).and(APPLICATION.VERSION.eq(a.version()))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.application.entity"));
            }
            id = a.id();
            tx.deleteFrom(APPLICATION_COAPPLICANT).where(APPLICATION_COAPPLICANT.APPLICATION_ID.eq(id)).execute();
            tx.deleteFrom(APPLICATION_AUTHOR).where(APPLICATION_AUTHOR.APPLICATION_ID.eq(id)).execute();
            tx.deleteFrom(APPLICATION_STAGE).where(APPLICATION_STAGE.APPLICATION_ID.eq(id)).execute();
            tx.deleteFrom(APPLICATION_ATTACHMENT).where(APPLICATION_ATTACHMENT.APPLICATION_ID.eq(id)).execute();
        }
        for (Long org : a.coapplicantIds().stream().distinct().collect(Collectors.toList())) {
            tx.insertInto(APPLICATION_COAPPLICANT).set(APPLICATION_COAPPLICANT.APPLICATION_ID, id)
                    .set(APPLICATION_COAPPLICANT.ORGANIZATION_ID, org).execute();
        }
        int i = 0;
        for (Long person : a.authorIds().stream().distinct().collect(Collectors.toList())) {
            tx.insertInto(APPLICATION_AUTHOR).set(APPLICATION_AUTHOR.APPLICATION_ID, id)
                    .set(APPLICATION_AUTHOR.PERSON_ID, person).set(APPLICATION_AUTHOR.SORT_ORDER, ++i).execute();
        }
        i = 0;
        for (PassportStage s : a.stages()) {
            tx.insertInto(APPLICATION_STAGE).set(APPLICATION_STAGE.APPLICATION_ID, id)
                    .set(APPLICATION_STAGE.SORT_ORDER, ++i).set(APPLICATION_STAGE.TITLE, s.title())
                    .set(APPLICATION_STAGE.PERIOD_TEXT, s.period()).set(APPLICATION_STAGE.TASKS, s.tasks())
                    .set(APPLICATION_STAGE.RESULT, s.result()).execute();
        }
        for (String f : a.attachments()) {
            tx.insertInto(APPLICATION_ATTACHMENT).set(APPLICATION_ATTACHMENT.APPLICATION_ID, id)
                    .set(APPLICATION_ATTACHMENT.FILE_PATH, f).execute();
        }
        return find(tx, id).orElseThrow();
    }

    private static void validate(Application a) {
        if (a.passport() == null || a.passport().topic() == null || a.passport().topic().isBlank()) {
            throw new ValidationException("topic", "validation.required", Messages.get("contest.passport.topic"));
        }
        if (a.passport().topic().length() > 2000) {
            throw new ValidationException("topic", "validation.tooLong", Messages.get("contest.passport.topic"), 2000);
        }
        if (a.subsystem() == null) {
            throw new ValidationException("subsystem", "validation.required", Messages.get("contest.field.subsystem"));
        }
        if (a.coapplicantIds().contains(a.organizationId())) {
            throw new ValidationException("coapplicantIds", "contest.validation.selfCoapplicant");
        }
        for (PassportStage s : a.stages()) {
            if (s.title() == null || s.title().isBlank()) {
                throw new ValidationException("stages", "validation.required", Messages.get("contest.passport.stage"));
            }
        }
    }

    /**
     * Deletes an application entered by mistake, with its assignments; refused once an expert has
     * scored it or a status was given by it, and when someone changed it since it was read.
     */
    public void delete(long id, int version) {
        dsl.transaction(t -> {
            DSLContext tx = t.dsl();
            ApplicationRecord r = tx.selectFrom(APPLICATION).where(APPLICATION.ID.eq(id)).fetchOne();
            if (r == null) {
                return;
            }
            if (r.getGrantedAssignmentId() != null || tx.fetchExists(REVIEW_SCORE, REVIEW_SCORE.REVIEW_ID.in(
                    DSL.select(REVIEW.ID).from(REVIEW).where(REVIEW.APPLICATION_ID.eq(id))))) {
                throw new UserException("contest.application.deleteScored", r.getRegNumber());
            }
            int n = tx.deleteFrom(APPLICATION).where(APPLICATION.ID.eq(id).and(APPLICATION.VERSION.eq(version))).execute();
            if (n == 0) {
                throw new ConcurrentEditException(Messages.get("contest.application.entity"));
            }
        });
    }

    public List<FormalCheck> checks(long applicationId) {
        return dsl.selectFrom(APPLICATION_CHECK).where(APPLICATION_CHECK.APPLICATION_ID.eq(applicationId))
                .fetch(r -> new FormalCheck(FormalItem.valueOf(r.getItemCode()), r.getPassed(), r.getReason()));
    }

    /**
     * Records the formal check. All items passed: the application is accepted; otherwise it is returned
     * for correction with the reasons, each failed item needing one.
     */
    public Application formalCheck(Application a, List<FormalCheck> items) {
        return dsl.transactionResult(t -> formalCheck(t.dsl(), a, items));
    }

    static Application formalCheck(DSLContext tx, Application a, List<FormalCheck> items) {
        List<String> reasons = new ArrayList<>();
        for (FormalCheck c : items) {
            if (!c.passed()) {
                if (c.reason() == null || c.reason().isBlank()) {
                    throw new ValidationException("reason", "contest.formal.reasonRequired", c.item().displayName());
                }
                reasons.add(c.item().displayName() + ": " + c.reason().strip());
            }
        }
        tx.deleteFrom(APPLICATION_CHECK).where(APPLICATION_CHECK.APPLICATION_ID.eq(a.id())).execute();
        for (FormalCheck c : items) {
            tx.insertInto(APPLICATION_CHECK).set(APPLICATION_CHECK.APPLICATION_ID, a.id())
                    .set(APPLICATION_CHECK.ITEM_CODE, c.item().name()).set(APPLICATION_CHECK.PASSED, c.passed())
                    .set(APPLICATION_CHECK.REASON, c.passed() ? null : c.reason().strip()).execute();
        }
        ApplicationStatus status = reasons.isEmpty() ? ApplicationStatus.ACCEPTED : ApplicationStatus.RETURNED;
        return save(tx, withStatus(a, status, reasons.isEmpty() ? null : String.join("\n", reasons)));
    }

    static Application withStatus(Application a, ApplicationStatus status, String reasons) {
        return new Application(a.id(), a.contestId(), a.regNumber(), a.organizationId(), a.coapplicantIds(),
                a.subsystem(), a.directionId(), a.supervisorId(), a.authorIds(), a.passport(), a.stages(),
                a.attachments(), a.submittedOn(), status, reasons, a.defensePosition(), a.decision(),
                a.decisionNote(), a.siteAssignmentId(), a.grantedAssignmentId(), a.version());
    }
}
