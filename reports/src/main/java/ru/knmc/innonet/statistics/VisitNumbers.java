package ru.knmc.innonet.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as analytics exports write them and as people edit them: «9 523» with spaces or NBSP, «75,3 %»,
 * comma decimals, a Unicode minus, «00:01:23» for a duration. Each method returns null for a blank cell and
 * throws {@link NumberFormatException} for text that is not a number.
 */
final class VisitNumbers {
    private VisitNumbers() {
    }

    static BigDecimal decimal(String cell) {
        String s = clean(cell);
        if (s.isEmpty()) {
            return null;
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) {
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0) {
            s = s.replace(',', '.');
        }
        return new BigDecimal(s);
    }

    /** A count: a whole number, not negative («1 234,0» is fine, «12,5» is not). */
    static Integer count(String cell) {
        BigDecimal d = decimal(cell);
        if (d == null) {
            return null;
        }
        if (d.signum() < 0 || d.stripTrailingZeros().scale() > 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw new NumberFormatException(cell);
        }
        return d.intValueExact();
    }

    /** A share as a fraction 0..1: «0.25», «25 %» and «25» (a percentage without its sign) are all 0.25. */
    static BigDecimal fraction(String cell) {
        BigDecimal d = decimal(cell);
        if (d == null) {
            return null;
        }
        boolean percent = clean(cell).endsWith("%") || d.compareTo(BigDecimal.ONE) > 0;
        BigDecimal f = percent ? d.divide(BigDecimal.valueOf(100), 6, RoundingMode.HALF_UP) : d;
        if (f.signum() < 0 || f.compareTo(BigDecimal.ONE) > 0) {
            throw new NumberFormatException(cell);
        }
        return f.setScale(4, RoundingMode.HALF_UP);
    }

    /** Seconds from «HH:MM:SS», «MM:SS» or a plain number of seconds. */
    static Integer seconds(String cell) {
        String s = clean(cell);
        if (s.isEmpty()) {
            return null;
        }
        if (s.contains(":")) {
            String[] p = s.split(":");
            int total = 0;
            for (String part : p) {
                int v = Integer.parseInt(part);
                if (v < 0) {
                    throw new NumberFormatException(cell);
                }
                total = total * 60 + v;
            }
            return total;
        }
        return decimal(s).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static String clean(String cell) {
        if (cell == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\u2212' || c == '\u2013') {
                b.append('-');
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF' && c != '\'') {
                b.append(c);
            }
        }
        String s = b.toString();
        return s.endsWith("%") ? s.substring(0, s.length() - 1).strip() + "%" : s;
    }
}
