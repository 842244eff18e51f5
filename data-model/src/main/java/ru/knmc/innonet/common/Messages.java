package ru.knmc.innonet.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's texts, all in {@code i18n/messages_ru.properties}. Every module formats through here so
 * that a message reads the same in the window, on the command line and in a document.
 */
public final class Messages {
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru-RU");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("i18n.messages", RUSSIAN);

    private Messages() {
    }

    public static ResourceBundle bundle() {
        return BUNDLE;
    }

    /** Russian alphabetical order, for sorting names. */
    public static java.text.Collator collator() {
        java.text.Collator c = java.text.Collator.getInstance(RUSSIAN);
        c.setStrength(java.text.Collator.SECONDARY);
        return c;
    }

    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }

    /** The text under {@code key} with its {@code {0}}, {@code {1}}… filled in. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, RUSSIAN).format(args);
    }

    /** Russian plural form: {@code plural(5, "организация", "организации", "организаций")}. */
    public static String plural(long n, String one, String few, String many) {
        long mod100 = Math.abs(n) % 100;
        long mod10 = mod100 % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return many;
        }
        if (mod10 == 1) {
            return one;
        }
        if (mod10 >= 2 && mod10 <= 4) {
            return few;
        }
        return many;
    }
}
