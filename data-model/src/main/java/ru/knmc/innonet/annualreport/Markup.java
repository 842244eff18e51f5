package ru.knmc.innonet.annualreport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The light markup of the report's narrative, small enough to type in a text field and to survive into
 * Word: every line is a paragraph (empty lines are ignored); a line starting with «- », «– », «— » or
 * «• » is an item of a bulleted list; «1. » or «1) » an item of a numbered list, its number kept as
 * typed; {@code **bold**}, {@code *italic*}; {@code {{name}}} a figure from the data (see
 * {@link Placeholders}); a backslash makes the next character plain ({@code \*}).
 */
public final class Markup {
    private static final Pattern BULLET = Pattern.compile("^[-–—•]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}[.)])\\s+(.*)$");

    /** What a line is. */
    public enum Kind { PARAGRAPH, BULLET, NUMBERED }

    /** A line of the narrative: its kind, the number as typed (numbered items), and its pieces. */
    public record Block(Kind kind, String number, List<Inline> inlines) {
        public Block {
            inlines = List.copyOf(inlines);
        }
    }

    /** A piece of a line: text or a placeholder, bold or italic or plain. */
    public record Inline(String text, boolean placeholder, boolean bold, boolean italic) {
    }

    private Markup() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher b = BULLET.matcher(line);
            Matcher n = NUMBERED.matcher(line);
            if (b.matches()) {
                blocks.add(new Block(Kind.BULLET, null, inlines(b.group(1))));
            } else if (n.matches()) {
                blocks.add(new Block(Kind.NUMBERED, n.group(1), inlines(n.group(2))));
            } else {
                blocks.add(new Block(Kind.PARAGRAPH, null, inlines(line)));
            }
        }
        return blocks;
    }

    /** The pieces of one line; an unclosed {@code **} or {@code *} is kept as a plain character. */
    static List<Inline> inlines(String line) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                text.append(line.charAt(i + 1));
                i += 2;
            } else if (line.startsWith("{{", i) && line.indexOf("}}", i + 2) > 0) {
                int end = line.indexOf("}}", i + 2);
                flush(out, text, bold, italic);
                out.add(new Inline(line.substring(i + 2, end).strip(), true, bold, italic));
                i = end + 2;
            } else if (line.startsWith("**", i) && (bold || line.indexOf("**", i + 2) > 0)) {
                flush(out, text, bold, italic);
                bold = !bold;
                i += 2;
            } else if (c == '*' && (italic ? i > 0 && !Character.isWhitespace(line.charAt(i - 1))
                    : i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1)) && closes(line, i + 1))) {
                flush(out, text, bold, italic);
                italic = !italic;
                i++;
            } else {
                text.append(c);
                i++;
            }
        }
        flush(out, text, bold, italic);
        return out;
    }

    /** True when a single {@code *} after a non-space, not escaped, follows {@code from}. */
    private static boolean closes(String line, int from) {
        for (int j = from; j < line.length(); j++) {
            char c = line.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '*' && !Character.isWhitespace(line.charAt(j - 1))) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<Inline> out, StringBuilder text, boolean bold, boolean italic) {
        if (text.length() > 0) {
            out.add(new Inline(text.toString(), false, bold, italic));
            text.setLength(0);
        }
    }

    /** The names of the placeholders in {@code text}, in order of appearance. */
    public static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        for (Block b : parse(text)) {
            for (Inline in : b.inlines()) {
                if (in.placeholder()) {
                    names.add(in.text());
                }
            }
        }
        return names;
    }
}
