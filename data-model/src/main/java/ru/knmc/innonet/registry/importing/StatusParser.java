package ru.knmc.innonet.registry.importing;

import static ru.knmc.innonet.registry.importing.ImportField.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import ru.knmc.innonet.common.Dates;

/** The status part of a row: kind, topic, order, period. A status is never recorded without its order. */
final class StatusParser {
    private static final List<ImportField> DETAILS =
            List.of(PROJECT_TOPIC, DIRECTION, ORDER, ORDER_DATE, PERIOD, START_DATE, END_DATE, SUPERVISOR);
    private final RowCells c;

    StatusParser(RowCells cells) {
        this.c = cells;
    }

    /** The draft, or null when the row has no status (or a problem, then reported). */
    StatusDraft parse() {
        if (!c.filled(STATUS)) {
            List<ImportField> filled = DETAILS.stream().filter(c::filled).toList();
            if (!filled.isEmpty()) {
                c.problem(c.has(STATUS) ? STATUS : null, "import.problem.statusMissing",
                        filled.stream().map(f -> "«" + c.header(f) + "»").collect(Collectors.joining(", ")),
                        STATUS.displayName());
            }
            return null;
        }
        Optional<String> code = Normalizer.statusCode(c.get(STATUS));
        if (code.isEmpty()) {
            c.problem(STATUS, "import.problem.unknownStatus", c.get(STATUS));
        }
        OrderRef order = order();
        LocalDate orderDate = orderDate(order);
        LocalDate start = null;
        LocalDate end = null;
        if (c.filled(PERIOD)) {
            Optional<Period> p = Normalizer.period(c.get(PERIOD));
            if (p.isEmpty()) {
                c.problem(PERIOD, "import.problem.badPeriod", c.get(PERIOD));
            } else {
                start = p.get().start();
                end = p.get().end();
            }
        }
        start = date(START_DATE).orElse(start);
        end = date(END_DATE).orElse(end);
        if (start == null) {
            // status_assignment.start_date is required; a status without a stated start runs from its order.
            start = orderDate;
        }
        if (start != null && end != null && end.isBefore(start)) {
            c.problem(c.filled(END_DATE) ? END_DATE : PERIOD, "import.problem.endBeforeStart",
                    Dates.format(end), Dates.format(start));
        }
        return new StatusDraft(code.orElse(null), c.orNull(PROJECT_TOPIC), c.orNull(DIRECTION),
                order == null ? null : order.number(), orderDate, start, end, c.orNull(SUPERVISOR));
    }

    private OrderRef order() {
        if (!c.filled(ORDER)) {
            c.problem(c.has(ORDER) ? ORDER : STATUS, "import.problem.statusWithoutOrder", c.get(STATUS),
                    ORDER.displayName());
            return null;
        }
        Optional<OrderRef> order = Normalizer.order(c.get(ORDER));
        if (order.isEmpty()) {
            c.problem(ORDER, "import.problem.badOrder", c.get(ORDER));
        }
        return order.orElse(null);
    }

    private LocalDate orderDate(OrderRef order) {
        Optional<LocalDate> column = date(ORDER_DATE);
        LocalDate inCell = order == null ? null : order.date();
        if (inCell != null && column.isPresent() && !inCell.equals(column.get())) {
            c.problem(ORDER_DATE, "import.problem.orderDateMismatch", Dates.format(column.get()), c.get(ORDER));
        }
        if (order != null && inCell == null && column.isEmpty() && !c.filled(ORDER_DATE)) {
            c.problem(ORDER, "import.problem.orderWithoutDate", c.get(ORDER), ORDER_DATE.displayName());
        }
        return inCell != null ? inCell : column.orElse(null);
    }

    /** The date in the field's cell; empty when blank, or reported when unreadable. */
    private Optional<LocalDate> date(ImportField field) {
        if (!c.filled(field)) {
            return Optional.empty();
        }
        Optional<LocalDate> d = Normalizer.date(c.get(field));
        if (d.isEmpty()) {
            c.problem(field, "import.problem.badDate", c.get(field));
        }
        return d;
    }
}
