package ru.knmc.innonet.common;

/**
 * A problem the user can act on: bad input, a broken rule, a busy database. Carries a message key and
 * its arguments; {@link #getMessage()} is the Russian text. Never shown with a stack trace.
 */
public class UserException extends RuntimeException {
    private final String key;
    private final transient Object[] args;

    public UserException(String key, Object... args) {
        super(Messages.get(key, args));
        this.key = key;
        this.args = args.clone();
    }

    public UserException(Throwable cause, String key, Object... args) {
        super(Messages.get(key, args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
