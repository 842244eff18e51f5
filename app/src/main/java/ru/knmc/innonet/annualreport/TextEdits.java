package ru.knmc.innonet.annualreport;

import javafx.scene.control.IndexRange;
import javafx.scene.control.TextArea;

/** The editor's toolbar: marks the selection bold or italic, makes the selected lines a list. */
final class TextEdits {
    private TextEdits() {
    }

    /** Wraps the selection in {@code mark} ({@code **} bold, {@code *} italic); with nothing selected, inserts a pair. */
    static void wrap(TextArea area, String mark) {
        IndexRange r = area.getSelection();
        String selected = area.getSelectedText();
        area.replaceSelection(mark + selected + mark);
        if (selected.isEmpty()) {
            area.positionCaret(r.getStart() + mark.length());
        } else {
            area.selectRange(r.getStart() + mark.length(), r.getStart() + mark.length() + selected.length());
        }
        area.requestFocus();
    }

    /** Starts each selected line (or the caret's line) with «- » or «1. », «2. »…; removes an existing mark first. */
    static void prefixLines(TextArea area, boolean numbered) {
        String text = area.getText();
        IndexRange r = area.getSelection();
        int start = text.lastIndexOf('\n', Math.max(0, r.getStart() - 1)) + 1;
        if (r.getStart() == 0) {
            start = 0;
        }
        int end = text.indexOf('\n', Math.max(r.getEnd() - (r.getLength() > 0 && text.charAt(r.getEnd() - 1) == '\n' ? 1 : 0), start));
        if (end < 0) {
            end = text.length();
        }
        String[] lines = text.substring(start, end).split("\n", -1);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceFirst("^\\s*([-–—•]|\\d{1,3}[.)])\\s+", "");
            if (i > 0) {
                out.append('\n');
            }
            if (!line.isBlank()) {
                n++;
                out.append(numbered ? n + ". " : "- ");
            }
            out.append(line);
        }
        area.replaceText(start, end, out.toString());
        area.selectRange(start, start + out.length());
        area.requestFocus();
    }
}
