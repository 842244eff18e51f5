package ru.knmc.innonet.network;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import ru.knmc.innonet.common.Dates;
import ru.knmc.innonet.common.Messages;
import ru.knmc.innonet.registry.OrgType;

/**
 * The picture of a network, drawn with Java2D so that the command line writes the same image the
 * window shows: the centre in the middle, members on rings by level, coloured by organization type,
 * names wrapped to stay readable.
 */
public final class NetworkPicture {
    private static final Map<OrgType, Color> COLOURS = new EnumMap<>(OrgType.class);
    private static final int WRAP = 20;
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        COLOURS.put(OrgType.PRESCHOOL, new Color(0xF2, 0x8E, 0x2B));
        COLOURS.put(OrgType.GENERAL, new Color(0x3A, 0x7C, 0xC9));
        COLOURS.put(OrgType.ADDITIONAL, new Color(0x4C, 0xA8, 0x5A));
        COLOURS.put(OrgType.UNIVERSITY, new Color(0x8E, 0x5B, 0xB8));
        COLOURS.put(OrgType.OTHER, new Color(0x8A, 0x8A, 0x8A));
    }

    private NetworkPicture() {
    }

    public static Color colour(OrgType type) {
        return COLOURS.get(type);
    }

    /** The members active on {@code day}, drawn. */
    public static BufferedImage draw(NetworkPaper paper, LocalDate day) {
        List<NetworkPaper.Member> active = paper.activeMembers(day);
        NetworkPaper.Member centre = active.stream().filter(m -> m.level() == MemberLevel.CENTRE).findFirst()
                .orElse(paper.members().stream().filter(m -> m.level() == MemberLevel.CENTRE).findFirst().orElse(null));
        List<NetworkPaper.Member> ring2 = active.stream().filter(m -> m.level() == MemberLevel.PARTNER).toList();
        List<NetworkPaper.Member> ring3 = active.stream().filter(m -> m.level() == MemberLevel.ASSOCIATE).toList();
        int r2 = Math.max(200, (int) (ring2.size() * 150 / (2 * Math.PI)));
        int r3 = ring3.isEmpty() ? r2 : Math.max(r2 + 190, (int) (ring3.size() * 150 / (2 * Math.PI)));
        int outer = ring3.isEmpty() ? r2 : r3;
        int width = 2 * (outer + 200);
        int top = 70;
        int height = top + 2 * (outer + 90) + 80;
        int cx = width / 2;
        int cy = top + outer + 90;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            g.setFont(TITLE);
            centred(g, paper.name(), cx, 30);
            g.setFont(SMALL);
            centred(g, Messages.get("network.picture.subtitle", Dates.format(day), active.size()), cx, 52);
            g.setColor(new Color(0xDD, 0xDD, 0xDD));
            g.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 6}, 0));
            g.draw(new Ellipse2D.Double(cx - r2, cy - r2, 2.0 * r2, 2.0 * r2));
            if (!ring3.isEmpty()) {
                g.draw(new Ellipse2D.Double(cx - r3, cy - r3, 2.0 * r3, 2.0 * r3));
            }
            List<double[]> points2 = ring(ring2.size(), r2, cx, cy, 0);
            List<double[]> points3 = ring(ring3.size(), r3, cx, cy, Math.PI / Math.max(1, ring3.size()));
            g.setStroke(new BasicStroke(1.2f));
            g.setColor(new Color(0xB0, 0xB0, 0xB0));
            for (double[] p : points2) {
                g.drawLine(cx, cy, (int) p[0], (int) p[1]);
            }
            for (double[] p : points3) {
                double[] near = nearest(points2, p, cx, cy);
                g.drawLine((int) near[0], (int) near[1], (int) p[0], (int) p[1]);
            }
            for (int i = 0; i < ring2.size(); i++) {
                node(g, ring2.get(i), points2.get(i), 16, cx, cy);
            }
            for (int i = 0; i < ring3.size(); i++) {
                node(g, ring3.get(i), points3.get(i), 12, cx, cy);
            }
            if (centre != null) {
                g.setColor(colour(centre.type()));
                g.fill(new Ellipse2D.Double(cx - 34, cy - 34, 68, 68));
                g.setColor(Color.BLACK);
                g.setFont(NAME.deriveFont(Font.BOLD, 14f));
                List<String> lines = wrap(centre.name(), WRAP);
                int y = cy + 34 + 18;
                for (String line : lines) {
                    centred(g, line, cx, y);
                    y += 17;
                }
            }
            legend(g, width, height);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static List<double[]> ring(int n, int r, int cx, int cy, double shift) {
        List<double[]> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = -Math.PI / 2 + shift + 2 * Math.PI * i / n;
            result.add(new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a), a});
        }
        return result;
    }

    private static double[] nearest(List<double[]> points, double[] p, int cx, int cy) {
        double[] best = {cx, cy};
        double bestD = Double.MAX_VALUE;
        for (double[] q : points) {
            double d = Math.hypot(q[0] - p[0], q[1] - p[1]);
            if (d < bestD) {
                bestD = d;
                best = q;
            }
        }
        return best;
    }

    private static void node(Graphics2D g, NetworkPaper.Member m, double[] p, int radius, int cx, int cy) {
        g.setColor(colour(m.type()));
        g.fill(new Ellipse2D.Double(p[0] - radius, p[1] - radius, 2.0 * radius, 2.0 * radius));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(p[0] - radius, p[1] - radius, 2.0 * radius, 2.0 * radius));
        g.setColor(Color.BLACK);
        g.setFont(NAME);
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = wrap(m.name(), WRAP);
        double cos = Math.cos(p[2]);
        double sin = Math.sin(p[2]);
        int lineHeight = fm.getHeight() - 2;
        int block = lineHeight * lines.size();
        if (Math.abs(cos) > 0.45) {
            // left and right: text beside the node, away from the centre
            int y = (int) (p[1] - block / 2.0 + fm.getAscent());
            for (String line : lines) {
                int w = fm.stringWidth(line);
                int x = cos > 0 ? (int) (p[0] + radius + 6) : (int) (p[0] - radius - 6 - w);
                g.drawString(line, x, y);
                y += lineHeight;
            }
        } else {
            // top and bottom: text centred above or below the node
            int y = sin < 0 ? (int) (p[1] - radius - 6 - block + fm.getAscent()) : (int) (p[1] + radius + 4 + fm.getAscent());
            for (String line : lines) {
                centred(g, line, (int) p[0], y);
                y += lineHeight;
            }
        }
    }

    private static void legend(Graphics2D g, int width, int height) {
        g.setFont(SMALL);
        FontMetrics fm = g.getFontMetrics();
        int x = 20;
        int y = height - 50;
        for (OrgType t : OrgType.values()) {
            g.setColor(colour(t));
            g.fillOval(x, y - 11, 14, 14);
            g.setColor(Color.BLACK);
            String label = t.displayName();
            g.drawString(label, x + 20, y);
            x += 20 + fm.stringWidth(label) + 24;
        }
        g.drawString(Messages.get("network.picture.rings"), 20, y + 24);
    }

    private static void centred(Graphics2D g, String text, int x, int y) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, y);
    }

    /** Splits at spaces into lines of at most {@code max} characters (a longer word stays whole). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > max) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    public static byte[] png(NetworkPaper paper, LocalDate day) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(draw(paper, day), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the PNG atomically. */
    public static void save(NetworkPaper paper, LocalDate day, Path out) {
        ru.knmc.innonet.office.BinaryFiles.write(out, png(paper, day));
    }
}
