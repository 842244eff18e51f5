package ru.knmc.innonet.demo;

/**
 * One feature's share of the demo database (networks, the council, the contest, events…). A part is
 * created fresh for every load: {@link #read} parses its files before the database is touched, so a
 * broken file costs no transaction; {@link #load} then inserts, inside the demo's single transaction,
 * after the registry and after the parts listed before it in {@link DemoLoader#PARTS}.
 */
public interface DemoPart {

    /** Parses this part's files; a Russian {@link ru.knmc.innonet.common.UserException} naming file, line and column. */
    void read(DemoFiles files);

    /** Inserts what {@link #read} parsed. */
    void load(DemoContext context);
}
