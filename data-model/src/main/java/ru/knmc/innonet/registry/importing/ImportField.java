package ru.knmc.innonet.registry.importing;

import ru.knmc.innonet.common.Messages;

/** What a column of a legacy registry list can hold. */
public enum ImportField {
    FULL_NAME, SHORT_NAME, ORG_TYPE, LEGAL_FORM, NUMBER, OWN_NAME, MUNICIPALITY, ADDRESS, HEAD, PHONE, EMAIL,
    WEBSITE, STATUS, PROJECT_TOPIC, DIRECTION,
    /** Order number and date in one cell («№ 1394 от 22.08.2017»), or the number alone. */
    ORDER,
    ORDER_DATE,
    /** «Срок»: a year range or a date range. */
    PERIOD,
    START_DATE, END_DATE, SUPERVISOR;

    /** Fields describing a status assignment rather than the organization itself. */
    public boolean isStatusField() {
        return ordinal() >= STATUS.ordinal();
    }

    /** The Russian name shown in the column-mapping dialog and in messages. */
    public String displayName() {
        return Messages.get("import.field." + name());
    }
}
