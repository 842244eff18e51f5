package ru.knmc.innonet.demo;

import java.util.Collections;
import java.util.Map;
import org.jooq.DSLContext;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;

/**
 * What a {@link DemoPart} loads against: the demo's transaction and the ids of the registry rows by the
 * keys the registry's demo files use ({@code organizations.csv} key, {@code persons.csv} key,
 * {@code orders.csv} key, directions as {@code academic_year:sort_order}, municipalities by name).
 */
public final class DemoContext {
    private final DSLContext dsl;
    private final Map<String, Long> organizations;
    private final Map<String, Long> persons;
    private final Map<String, Long> orders;
    private final Map<String, Long> directions;
    private final Map<String, Long> municipalities;
    private final ProgressListener progress;
    private final double from;
    private final double to;

    DemoContext(DSLContext dsl, Map<String, Long> organizations, Map<String, Long> persons, Map<String, Long> orders,
                Map<String, Long> directions, Map<String, Long> municipalities, ProgressListener progress) {
        this.dsl = dsl;
        this.organizations = Collections.unmodifiableMap(organizations);
        this.persons = Collections.unmodifiableMap(persons);
        this.orders = Collections.unmodifiableMap(orders);
        this.directions = Collections.unmodifiableMap(directions);
        this.municipalities = Collections.unmodifiableMap(municipalities);
        this.progress = progress;
        this.from = 0;
        this.to = 1;
    }

    private DemoContext(DemoContext base, double from, double to) {
        this.dsl = base.dsl;
        this.organizations = base.organizations;
        this.persons = base.persons;
        this.orders = base.orders;
        this.directions = base.directions;
        this.municipalities = base.municipalities;
        this.progress = base.progress;
        this.from = from;
        this.to = to;
    }

    /** The same context for one part, whose progress 0…1 fills the slice {@code from…to} of the whole bar. */
    DemoContext slice(double from, double to) {
        return new DemoContext(this, from, to);
    }

    /** The demo's transaction. */
    public DSLContext dsl() {
        return dsl;
    }

    public Map<String, Long> organizations() {
        return organizations;
    }

    public Map<String, Long> persons() {
        return persons;
    }

    public Map<String, Long> orders() {
        return orders;
    }

    public Map<String, Long> directions() {
        return directions;
    }

    public Map<String, Long> municipalities() {
        return municipalities;
    }

    public long organization(String key) {
        return id(organizations, key, DemoLoader.ORGANIZATIONS);
    }

    public long person(String key) {
        return id(persons, key, DemoLoader.PERSONS);
    }

    public long order(String key) {
        return id(orders, key, DemoLoader.ORDERS);
    }

    /** @param key {@code academic_year:sort_order} of {@code directions.csv}, e.g. {@code 2017:3} */
    public long direction(String key) {
        return id(directions, key, DemoLoader.DIRECTIONS);
    }

    public long municipality(String name) {
        return id(municipalities, name, DemoLoader.MUNICIPALITIES);
    }

    /**
     * Moves the progress bar; {@code fraction} (0…1) is how far this part is, mapped onto the part's
     * slice of the whole load so that the bar never goes back; {@code messageKey} is a bundle key.
     */
    public void progress(double fraction, String messageKey) {
        double f = Math.max(0, Math.min(1, fraction));
        progress.progress(from + f * (to - from), Messages.get(messageKey));
    }

    private static long id(Map<String, Long> ids, String key, String file) {
        Long id = ids.get(key);
        if (id == null) {
            throw new UserException("demo.error.unknownKey", key, file);
        }
        return id;
    }
}
