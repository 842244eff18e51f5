package ru.knmc.innonet.event;

import static ru.knmc.innonet.db.jooq.Tables.OUTLET;
import static ru.knmc.innonet.db.jooq.Tables.OUTLET_ISSUES;
import static ru.knmc.innonet.db.jooq.Tables.PUBLICATION;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import ru.knmc.innonet.common.ConcurrentEditException;
import ru.knmc.innonet.common.ValidationException;
import ru.knmc.innonet.db.jooq.tables.records.PublicationRecord;
import ru.knmc.innonet.registry.Fields;

/** Publications in outlets, counted per year. */
public final class PublicationService {
    private final DSLContext dsl;

    public PublicationService(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Outlet> outlets() {
        return dsl.selectFrom(OUTLET).orderBy(OUTLET.NAME).fetch(r -> new Outlet(r.getId(), r.getName(), r.getVersion()));
    }

    public Outlet saveOutlet(String name) {
        String n = Fields.required("publication", "outletId", name);
        return dsl.transactionResult(c -> {
            var existing = c.dsl().selectFrom(OUTLET).where(OUTLET.NAME.equalIgnoreCase(n)).fetchOptional();
            if (existing.isPresent()) {
                return new Outlet(existing.get().getId(), existing.get().getName(), existing.get().getVersion());
            }
            long id = c.dsl().insertInto(OUTLET).set(OUTLET.NAME, n).returning(OUTLET.ID).fetchOne(OUTLET.ID);
            return new Outlet(id, n, 0);
        });
    }

    /** Adds an outlet or renames one ({@code id} set); names are unique whatever their case. */
    public Outlet saveOutlet(Outlet o) {
        String n = Fields.maxLength("outlet", "name", Fields.required("outlet", "name", o.name()), 300);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            if (tx.fetchExists(OUTLET, OUTLET.NAME.equalIgnoreCase(n).and(o.id() == null ? DSL.trueCondition() : OUTLET.ID.ne(o.id())))) {
                throw new ValidationException("name", "validation.outlet.duplicate", n);
            }
            if (o.id() == null) {
                long id = tx.insertInto(OUTLET).set(OUTLET.NAME, n).returning(OUTLET.ID).fetchOne(OUTLET.ID);
                return new Outlet(id, n, 0);
            }
            int updated = tx.update(OUTLET).set(OUTLET.NAME, n).set(OUTLET.VERSION, o.version() + 1)
                    .where(OUTLET.ID.eq(o.id()).and(OUTLET.VERSION.eq(o.version()))).execute();
            if (updated == 0) {
                throw new ConcurrentEditException(n);
            }
            return new Outlet(o.id(), n, o.version() + 1);
        });
    }

    /** Deletes an outlet that no publication and no issue figure names. */
    public void deleteOutlet(long id) {
        dsl.transaction(c -> {
            if (c.dsl().fetchExists(PUBLICATION, PUBLICATION.OUTLET_ID.eq(id)) || c.dsl().fetchExists(OUTLET_ISSUES, OUTLET_ISSUES.OUTLET_ID.eq(id))) {
                throw new ValidationException("name", "validation.outlet.inUse");
            }
            c.dsl().deleteFrom(OUTLET).where(OUTLET.ID.eq(id)).execute();
        });
    }

    /** Publications of {@code year} (all when null), newest first. */
    public List<Publication> publications(Integer year) {
        return dsl.selectFrom(PUBLICATION)
                .where(year == null ? DSL.trueCondition() : PUBLICATION.PUBLICATION_DATE
                        .between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .orderBy(PUBLICATION.PUBLICATION_DATE.desc(), PUBLICATION.ID.desc())
                .fetch(PublicationService::map);
    }

    private static Publication map(PublicationRecord r) {
        return new Publication(r.getId(), r.getOutletId(), r.getIssue(), r.getPublicationDate(), r.getTitle(),
                r.getAuthors(), r.getSection(), r.getVersion());
    }

    public Publication save(Publication p) {
        String title = Fields.maxLength("publication", "title", Fields.required("publication", "title", p.title()), 1000);
        Fields.required("publication", "outletId", p.outletId());
        LocalDate date = Fields.required("publication", "date", p.date());
        if (date.getYear() < 1990 || date.getYear() > 2100) {
            throw new ValidationException("date", "validation.range", Fields.label("publication", "date"), 1990, 2100);
        }
        Fields.maxLength("publication", "authors", p.authors(), 1000);
        Fields.maxLength("publication", "issue", p.issue(), 100);
        Fields.maxLength("publication", "section", p.section(), 300);
        return dsl.transactionResult(c -> {
            DSLContext tx = c.dsl();
            PublicationRecord r = p.id() == null ? tx.newRecord(PUBLICATION)
                    : tx.selectFrom(PUBLICATION).where(PUBLICATION.ID.eq(p.id())).fetchOptional()
                    .orElseThrow(() -> new ConcurrentEditException(title));
            if (p.id() != null && r.getVersion() != p.version()) {
                throw new ConcurrentEditException(title);
            }
            r.setOutletId(p.outletId());
            r.setIssue(EventService.blank(p.issue()));
            r.setPublicationDate(date);
            r.setTitle(title);
            r.setAuthors(EventService.blank(p.authors()));
            r.setSection(EventService.blank(p.section()));
            r.setVersion(p.id() == null ? 0 : p.version() + 1);
            r.store();
            return map(r);
        });
    }

    public void delete(long id) {
        dsl.transaction(c -> c.dsl().deleteFrom(PUBLICATION).where(PUBLICATION.ID.eq(id)).execute());
    }

    /** Publications per calendar year from {@code from} to {@code to}, every year present (0 when none). */
    public Map<Integer, Integer> perYear(int from, int to) {
        return perYear(from, to, null);
    }

    /** The same for one outlet ({@code outletId} null: every outlet). */
    public Map<Integer, Integer> perYear(int from, int to, Long outletId) {
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (int y = from; y <= to; y++) {
            out.put(y, 0);
        }
        Field<Integer> year = DSL.year(PUBLICATION.PUBLICATION_DATE);
        dsl.select(year, DSL.count()).from(PUBLICATION)
                .where(PUBLICATION.PUBLICATION_DATE.between(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31)))
                .and(outletId == null ? DSL.trueCondition() : PUBLICATION.OUTLET_ID.eq(outletId))
                .groupBy(year).forEach(r -> out.put(r.value1(), r.value2()));
        return out;
    }
}
