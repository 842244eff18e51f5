package ru.knmc.innonet.office.word;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.common.UserException;
import ru.knmc.innonet.office.AtomicFiles;

/**
 * Where a document's template comes from: the user's templates folder (the settings name it) when it
 * holds {@code <name>.docx}, else the built-in one. A user's template is checked before use: a file
 * Word cannot have written, a placeholder left open («{{chair»), an unknown one, a required one
 * missing or {@code {{content}}} not alone in its paragraph is refused with a Russian message naming
 * the file and the placeholder — the document is then not written at all.
 */
public final class DocumentTemplates {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentTemplates.class);
    private static final Pattern TOKEN = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final long MAX_TEMPLATE_BYTES = 20L * 1024 * 1024;
    /** The built-in templates' bytes by kind and font: they are the program's, the same every time. */
    private static final Map<String, byte[]> BUILT_IN = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path folder;
    private final DocumentStyle style;

    /** @param folder the user's templates folder, or {@code null} for the built-in templates only */
    public DocumentTemplates(Path folder, DocumentStyle style) {
        this.folder = folder;
        this.style = style == null ? DocumentStyle.DEFAULT : style;
    }

    public static DocumentTemplates builtIn() {
        return new DocumentTemplates(null, DocumentStyle.DEFAULT);
    }

    public DocumentStyle style() {
        return style;
    }

    public Path folder() {
        return folder;
    }

    /** The user's file for {@code spec}, when the folder holds one. */
    public Path userFile(TemplateSpec spec) {
        if (folder == null) {
            return null;
        }
        Path p = folder.resolve(spec.fileName());
        return Files.isRegularFile(p) ? p : null;
    }

    /**
     * A document from the template of {@code spec} with its placeholders filled from {@code values}
     * (every placeholder the spec allows must have a value, empty if need be); the body is written
     * into it where {@code {{content}}} stands.
     */
    public GostDocument open(TemplateSpec spec, Map<String, String> values) {
        for (String p : spec.allowed()) {
            if (!p.equals(GostDocument.CONTENT) && !values.containsKey(p)) {
                throw new IllegalArgumentException("No value for placeholder " + p + " of template " + spec.name());
            }
        }
        Path user = userFile(spec);
        XWPFDocument doc = user != null ? read(user) : builtInDocument(spec);
        String label = user != null ? user.toString() : Messages.get("doc.template.builtInLabel", spec.name());
        XWPFParagraph marker;
        try {
            marker = check(doc, spec, label);
        } catch (UserException e) {
            closeQuietly(doc);
            throw e;
        }
        fill(doc, values);
        return new GostDocument(doc, style, marker);
    }

    /** Checks the user's template of {@code spec} without writing anything; the same messages as {@link #open}. */
    public void verify(TemplateSpec spec) {
        Path user = userFile(spec);
        if (user != null) {
            XWPFDocument doc = read(user);
            try {
                check(doc, spec, user.toString());
            } finally {
                closeQuietly(doc);
            }
        }
    }

    /**
     * Writes the built-in templates into {@code target} for the user to edit; existing files are left
     * as they are (they may be the user's work). Returns the files written.
     */
    public List<Path> exportBuiltIns(Path target, List<TemplateSpec> specs) {
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UserException(e, "doc.template.exportFailed", target.toString());
        }
        List<Path> written = new ArrayList<>();
        for (TemplateSpec spec : specs) {
            Path out = target.resolve(spec.fileName());
            if (Files.exists(out)) {
                continue;
            }
            XWPFDocument doc = builtInDocument(spec);
            try {
                AtomicFiles.write(out, doc::write);
            } finally {
                closeQuietly(doc);
            }
            written.add(out);
        }
        return written;
    }

    /**
     * The built-in template of {@code spec} with the chosen font. It is drawn once per kind and font and kept
     * as bytes: drawing and serializing it was a third of the annual report's Word time.
     */
    XWPFDocument builtInDocument(TemplateSpec spec) {
        byte[] bytes = BUILT_IN.computeIfAbsent(spec.name() + '\u0000' + style.fontFamily(), k -> draw(spec));
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the built-in template " + spec.name(), e);
        }
    }

    private byte[] draw(TemplateSpec spec) {
        try (GostDocument d = GostDocument.blank(style)) {
            spec.builtIn().accept(d);
            d.dropTrailingAnchor();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            d.poi().write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot build the built-in template " + spec.name(), e);
        }
    }

    private static XWPFDocument read(Path file) {
        try {
            if (Files.size(file) > MAX_TEMPLATE_BYTES) {
                throw new UserException("doc.template.tooLarge", file.toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return new XWPFDocument(in);
            }
        } catch (UserException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Template {} cannot be read", file, e);
            throw new UserException(e, "doc.template.unreadable", file.toString());
        }
    }

    /** Checks the placeholders; returns the {@code {{content}}} paragraph. */
    private static XWPFParagraph check(XWPFDocument doc, TemplateSpec spec, String label) {
        Set<String> found = new LinkedHashSet<>();
        List<XWPFParagraph> contentParagraphs = new ArrayList<>();
        for (XWPFParagraph p : allParagraphs(doc)) {
            String text = p.getText();
            if (text == null || !(text.contains("{{") || text.contains("}}"))) {
                continue;
            }
            String rest = TOKEN.matcher(text).replaceAll("");
            if (rest.contains("{{") || rest.contains("}}")) {
                throw new UserException("doc.template.unclosed", label, excerpt(text));
            }
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                if (!spec.allowed().contains(name)) {
                    throw new UserException("doc.template.unknown", label, name, String.join(", ",
                            new TreeSet<>(spec.allowed()).stream().map(TemplateSpec::token).toList()));
                }
                found.add(name);
                if (name.equals(GostDocument.CONTENT)) {
                    if (!text.strip().equals(m.group())) {
                        throw new UserException("doc.template.contentNotAlone", label, TemplateSpec.token(GostDocument.CONTENT));
                    }
                    contentParagraphs.add(p);
                }
            }
        }
        if (contentParagraphs.isEmpty()) {
            throw new UserException("doc.template.missing", label, TemplateSpec.token(GostDocument.CONTENT));
        }
        if (contentParagraphs.size() > 1 || !doc.getParagraphs().contains(contentParagraphs.get(0))) {
            throw new UserException("doc.template.contentTwice", label, TemplateSpec.token(GostDocument.CONTENT));
        }
        for (String required : new TreeSet<>(spec.required())) {
            if (!found.contains(required)) {
                throw new UserException("doc.template.missing", label, TemplateSpec.token(required));
            }
        }
        return contentParagraphs.get(0);
    }

    /** Replaces every {@code {{name}}} but {@code {{content}}}; a paragraph keeps its first run's look. */
    private static void fill(XWPFDocument doc, Map<String, String> values) {
        for (XWPFParagraph p : allParagraphs(doc)) {
            String text = p.getText();
            if (text == null || !text.contains("{{")) {
                continue;
            }
            Matcher m = TOKEN.matcher(text);
            StringBuilder out = new StringBuilder();
            boolean changed = false;
            while (m.find()) {
                String name = m.group(1);
                if (name.equals(GostDocument.CONTENT)) {
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
                } else {
                    m.appendReplacement(out, Matcher.quoteReplacement(Typography.nbsp(values.getOrDefault(name, ""))));
                    changed = true;
                }
            }
            m.appendTail(out);
            if (changed) {
                setText(p, out.toString());
            }
        }
    }

    private static void setText(XWPFParagraph p, String text) {
        List<XWPFRun> runs = p.getRuns();
        for (int i = runs.size() - 1; i > 0; i--) {
            p.removeRun(i);
        }
        XWPFRun first = runs.isEmpty() ? p.createRun() : p.getRuns().get(0);
        // a run may hold several text elements and breaks (Word splits them): start it afresh
        while (first.getCTR().sizeOfTArray() > 0) {
            first.getCTR().removeT(0);
        }
        while (first.getCTR().sizeOfBrArray() > 0) {
            first.getCTR().removeBr(0);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                first.addBreak();
            }
            first.setText(lines[i], i);
        }
    }

    private static List<XWPFParagraph> allParagraphs(XWPFDocument doc) {
        List<XWPFParagraph> all = new ArrayList<>();
        collect(doc.getBodyElements(), all);
        for (XWPFHeaderFooter hf : doc.getHeaderList()) {
            collect(hf.getBodyElements(), all);
        }
        for (XWPFHeaderFooter hf : doc.getFooterList()) {
            collect(hf.getBodyElements(), all);
        }
        return all;
    }

    private static void collect(List<IBodyElement> elements, List<XWPFParagraph> into) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                into.add(p);
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), into);
                    }
                }
            }
        }
    }

    private static String excerpt(String text) {
        String s = text.strip();
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static void closeQuietly(XWPFDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            LOG.debug("Closing a template", e);
        }
    }
}
