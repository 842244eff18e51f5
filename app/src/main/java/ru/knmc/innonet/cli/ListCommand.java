package ru.knmc.innonet.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code innonet list …}: plain-text tables for scripts and for finding the id a {@code report} or
 * {@code export} command needs. The first column is always the id.
 */
@Command(name = "list", resourceBundle = "i18n.messages", mixinStandardHelpOptions = true, subcommands = {ListContests.class,
        EventsListCommand.class})
final class ListCommand {
    @ParentCommand
    InnonetCommand root;

    /**
     * Prints {@code rows} under {@code header} in aligned columns separated by two spaces; the last
     * column is not padded, so long titles do not leave trailing blanks.
     */
    static void printTable(PrintWriter out, List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int columns = header.size();
        int[] widths = new int[columns];
        for (List<String> row : all) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], cell(row, i).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String cell = cell(row, i);
                line.append(cell);
                if (i < columns - 1) {
                    line.append(" ".repeat(widths[i] - cell.length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    private static String cell(List<String> row, int i) {
        String s = i < row.size() ? row.get(i) : null;
        return s == null ? "" : s.replace('\n', ' ');
    }
}
