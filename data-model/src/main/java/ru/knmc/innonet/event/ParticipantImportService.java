package ru.knmc.innonet.event;

import static ru.knmc.innonet.db.jooq.Tables.EVENT;
import static ru.knmc.innonet.db.jooq.Tables.EVENT_PARTICIPANT;
import static ru.knmc.innonet.db.jooq.Tables.MUNICIPALITY;
import static ru.knmc.innonet.db.jooq.Tables.ORGANIZATION;
import static ru.knmc.innonet.db.jooq.Tables.PARTICIPANT_CATEGORY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/** Plans and applies the import of a named participant list into an event: all or nothing. */
public final class ParticipantImportService {
    private final DSLContext dsl;

    public ParticipantImportService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ParticipantImportPlan plan(long eventId, String fileName, List<ParticipantDraft> drafts) {
        if (!dsl.fetchExists(EVENT, EVENT.ID.eq(eventId))) {
            throw new UserException("participants.error.noEvent", eventId);
        }
        Map<String, Long> orgs = new HashMap<>();
        dsl.select(ORGANIZATION.ID, ORGANIZATION.SHORT_NAME, ORGANIZATION.FULL_NAME).from(ORGANIZATION).forEach(r -> {
            orgs.putIfAbsent(key(r.value2()), r.value1());
            orgs.putIfAbsent(key(r.value3()), r.value1());
        });
        Map<String, Long> municipalities = new HashMap<>();
        dsl.select(MUNICIPALITY.ID, MUNICIPALITY.NAME).from(MUNICIPALITY).forEach(r -> municipalities.putIfAbsent(key(r.value2()), r.value1()));
        Map<String, Long> categories = new HashMap<>();
        dsl.select(PARTICIPANT_CATEGORY.ID, PARTICIPANT_CATEGORY.NAME).from(PARTICIPANT_CATEGORY)
                .forEach(r -> categories.put(key(r.value2()), r.value1()));
        List<Participant> out = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> unmatched = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (ParticipantDraft d : drafts) {
            if (d.lastName() == null || d.lastName().isBlank()) {
                throw new UserException("participants.error.noLastName", fileName, d.rowNumber());
            }
            Long org = blank(d.organization()) ? null : orgs.get(key(d.organization()));
            if (!blank(d.organization()) && org == null) {
                unmatched.add(d.organization());
            }
            Long mun = blank(d.municipality()) ? null : municipalities.get(key(d.municipality()));
            if (!blank(d.municipality()) && mun == null) {
                unmatched.add(d.municipality());
            }
            Long cat = null;
            if (!blank(d.category())) {
                cat = categories.get(key(d.category()));
                if (cat == null) {
                    throw new UserException("participants.error.category", fileName, d.rowNumber(), d.category(),
                            String.join(", ", new EventService(dsl).categories().stream().map(ParticipantCategory::name).toList()));
                }
            }
            Participant p = new Participant(null, d.lastName().strip(), d.firstName(), d.middleName(), d.organization(), org,
                    d.position(), mun, cat);
            Integer first = seen.putIfAbsent(p.identity(), d.rowNumber());
            if (first != null) {
                duplicates.add(Messages.get("participants.duplicate", d.rowNumber(), p.fullName(), first));
                continue;
            }
            out.add(p);
        }
        int existing = dsl.fetchCount(EVENT_PARTICIPANT, EVENT_PARTICIPANT.EVENT_ID.eq(eventId));
        return new ParticipantImportPlan(eventId, fileName, out, duplicates, List.copyOf(unmatched), existing);
    }

    public int apply(ParticipantImportPlan plan) {
        return dsl.transactionResult(c -> {
            if (!c.dsl().fetchExists(EVENT, EVENT.ID.eq(plan.eventId()))) {
                throw new UserException("participants.error.noEvent", plan.eventId());
            }
            EventService.replaceParticipants(c.dsl(), plan.eventId(), plan.participants());
            return plan.participants().size();
        });
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('\u0451', '\u0435').replace('\u00ab', '"')
                .replace('\u00bb', '"').replaceAll("\\s+", " ").strip();
    }
}
