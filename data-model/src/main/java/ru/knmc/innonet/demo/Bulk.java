package ru.knmc.innonet.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.Record2;
import org.jooq.Table;

/**
 * Fast inserts through jOOQ with bind values, for the demo loader and the krai generator: a JDBC batch
 * of one prepared statement when the ids are not needed, multi-row inserts returning the ids when
 * they are.
 */
final class Bulk {
    /** Rows per multi-row insert: well under PostgreSQL's 32 767 bind values for our widest table. */
    private static final int CHUNK = 500;
    private static final int BATCH = 2_000;

    private Bulk() {
    }

    /** Inserts rows (values in the order of {@code fields}) as JDBC batches of one prepared statement. */
    static void insert(DSLContext tx, Table<?> table, List<Field<?>> fields, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            BatchBindStep batch = tx.batch(tx.insertInto(table, fields).values(new Object[fields.size()]));
            for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
                batch = batch.bind(row);
            }
            batch.execute();
        }
    }

    /**
     * Inserts rows and returns their generated ids in the order of {@code rows}. An identity column
     * numbers a statement's rows in insertion order, so the returned ids are sorted rather than
     * trusting the order the database returns them in; the value of {@code check} (one of
     * {@code fields}) is compared row by row so that a database that inserted otherwise fails loudly.
     */
    static <K> List<Long> insertReturningIds(DSLContext tx, Table<?> table, List<Field<?>> fields, List<Object[]> rows,
                                             Field<Long> id, Field<K> check) {
        int checkIndex = fields.indexOf(check);
        if (checkIndex < 0) {
            throw new IllegalArgumentException("check field must be inserted");
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            InsertValuesStepN<?> insert = tx.insertInto(table, fields);
            for (Object[] row : chunk) {
                insert = insert.values(row);
            }
            List<? extends Record2<Long, K>> result = new ArrayList<>(insert.returningResult(id, check).fetch());
            result.sort(Comparator.comparing(Record2::value1));
            if (result.size() != chunk.size()) {
                throw new IllegalStateException("inserted " + chunk.size() + " rows, got " + result.size() + " ids");
            }
            for (int i = 0; i < chunk.size(); i++) {
                Object sent = check.getDataType().convert(chunk.get(i)[checkIndex]);
                if (!Objects.equals(sent, result.get(i).value2())) {
                    throw new IllegalStateException("ids out of insertion order in " + table.getName()
                            + ": " + Arrays.toString(chunk.get(i)));
                }
                ids.add(result.get(i).value1());
            }
        }
        return ids;
    }

    static Object[] row(Object... values) {
        return values;
    }

    static List<Field<?>> fields(Field<?>... fields) {
        return List.of(fields);
    }
}
