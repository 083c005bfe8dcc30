package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole signboard as one SVG at real size, for sign makers: one user unit is one millimetre, the board is
 * 1200 mm wide (a common size of permanent signboard) and at least 800 mm tall, landscape.
 *
 * <p>Legibility: a common signage rule puts the smallest character height at the viewing distance / 200, 10 mm
 * at 2 m. Every text here is at least 30 mm (font size), so that a Chinese character is about 27 mm tall and
 * older eyes read the board from 2 m with room to spare. The sizes, font size / line pitch in mm:
 * <ul>
 *   <li>heading: 60 / 80, bold, white on a #9B1C1C band (contrast 8.1:1, above WCAG AA's 4.5:1);</li>
 *   <li>project name: 40 / 54, bold (27 characters a line);</li>
 *   <li>fact labels: 30 / 40, bold; fact values: 30 / 40, beside their label;</li>
 *   <li>QR code: 280 mm square with its 4-module quiet zone (the modules themselves at least 219 mm), caption
 *       扫码查看项目公示 30 / 40;</li>
 *   <li>hotline: 监督举报电话 and the number, 40 / 54, bold, #9B1C1C (8.1:1 on white);</li>
 *   <li>footer (office and project code): 30 / 40 — no smaller than the body, since it names who answers for
 *       the board.</li>
 * </ul>
 *
 * <p>Layout: the heading band, the project name centred, then the facts on the left with the QR code, its caption
 * and the hotline in a 280 mm column on the right (facts below that column take the full width), and the footer
 * at the bottom under a rule.
 *
 * <p>SVG does not wrap text, so lines are broken here, on widths {@link #width estimated} from the characters.
 * Nothing is ever truncated or shrunk: when the facts need more room than 800 mm, the board grows taller and
 * stays 1200 mm wide. Nine one-line facts fit in 800 mm; a full notice of eleven facts with a two-sentence 建设内容
 * and 带动效益 takes 930–1090 mm, and a very long record can make the board taller than wide.
 */
public final class SignboardSvg {

    static final int WIDTH = 1200;
    static final int MIN_HEIGHT = 800;
    /** The printed side of the QR code, quiet zone included. */
    static final int QR_SIZE = 280;

    /** Advance of an ASCII letter, digit or punctuation mark in em: an average for Noto Sans CJK's Latin. */
    static final double NARROW_ADVANCE = 0.55;

    private static final int MARGIN = 40;
    private static final int GAP = 24;
    private static final int BAND_PADDING = 15;
    private static final int COLUMN_GAP = 20;
    private static final int ROW_GAP = 12;
    /** Wider labels wrap, so that values beside the QR code keep at least 18 characters a line. */
    private static final int MAX_LABEL_WIDTH = 240;
    private static final String RED = "#9B1C1C";
    private static final String FONT_FAMILY =
            "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','SimHei',sans-serif";

    /** Size and line pitch in mm. */
    private record Font(int size, int lineHeight, boolean bold, String fill) {
    }

    private static final Font HEADING = new Font(60, 80, true, "#fff");
    private static final Font NAME = new Font(40, 54, true, "#000");
    private static final Font LABEL = new Font(30, 40, true, "#000");
    private static final Font BODY = new Font(30, 40, false, "#000");
    private static final Font HOTLINE = new Font(40, 54, true, RED);

    private enum Anchor { START, MIDDLE }

    /** An ASCII word (never broken unless longer than a line), or one character. */
    private static final Pattern UNIT = Pattern.compile("[!-~]+|\\X");
    /** Punctuation that must not start a line, and punctuation that must not end one (标点禁则). */
    private static final String CLOSING = "，。、；：？！）》」』】〕〉”’…％%";
    private static final String OPENING = "（《「『【〔〈“‘";
    /**
     * What counts as a space between words: ASCII whitespace and the Unicode line and paragraph separators that text
     * pasted from a web page or a word processor can carry. Not the ideographic space, which lays out CJK text.
     */
    private static final Pattern LINE_BREAKING_SPACE = Pattern.compile("[\\s\\u2028\\u2029]+");

    private SignboardSvg() {
    }

    /** The board for sign makers; {@code qr} must encode {@code board.qrText()}. */
    public static String render(Signboard board, QrCode qr) {
        if (!qr.text().equals(board.qrText())) {
            throw new IllegalArgumentException("二维码内容“" + qr.text() + "”与公示牌的“" + board.qrText() + "”不符");
        }
        int contentWidth = WIDTH - 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        List<String> heading = wrap(board.heading(), HEADING.size(), contentWidth);
        int bandHeight = heading.size() * HEADING.lineHeight() + 2 * BAND_PADDING;
        rect(svg, 0, 0, WIDTH, bandHeight, RED);
        text(svg, heading, HEADING, WIDTH / 2, Anchor.MIDDLE, BAND_PADDING);
        int bodyTop = text(svg, wrap(board.projectName(), NAME.size(), contentWidth), NAME, WIDTH / 2, Anchor.MIDDLE,
                bandHeight + GAP) + GAP;
        int columnBottom = qrColumn(svg, board, qr, bodyTop);
        int bodyBottom = Math.max(columnBottom, facts(svg, board.facts(), bodyTop, columnBottom));

        List<String> footer = wrap(board.office() + "　项目编号：" + board.code(), BODY.size(), contentWidth);
        int footerHeight = footer.size() * BODY.lineHeight();
        int height = Math.max(MIN_HEIGHT, bodyBottom + GAP + footerHeight + MARGIN);
        int footerTop = height - MARGIN - footerHeight;
        rect(svg, MARGIN, footerTop - GAP / 2, contentWidth, 2, RED);
        text(svg, footer, BODY, WIDTH / 2, Anchor.MIDDLE, footerTop);

        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "mm\" height=\"" + height + "mm\""
                + " viewBox=\"0 0 " + WIDTH + " " + height + "\" font-family=\"" + FONT_FAMILY + "\">\n"
                + "<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#fff\"/>\n"
                + svg + "</svg>\n";
    }

    /**
     * One row a fact, its bold label in a column of its own and the value wrapped beside it; returns the bottom.
     * Rows beside the QR column stop short of it; rows that start below {@code columnBottom} take the full width.
     */
    private static int facts(StringBuilder svg, List<Signboard.Fact> facts, int top, int columnBottom) {
        double widest = facts.stream().mapToDouble(f -> width(label(f), LABEL.size())).max().orElse(0);
        int labelWidth = (int) Math.ceil(Math.min(MAX_LABEL_WIDTH, widest));
        int valueX = MARGIN + labelWidth + COLUMN_GAP;
        int y = top;
        for (Signboard.Fact fact : facts) {
            int right = y < columnBottom ? WIDTH - MARGIN - QR_SIZE - 2 * COLUMN_GAP : WIDTH - MARGIN;
            int labelBottom = text(svg, wrap(label(fact), LABEL.size(), labelWidth), LABEL, MARGIN, Anchor.START, y);
            int valueBottom = text(svg, wrap(fact.value(), BODY.size(), right - valueX), BODY, valueX, Anchor.START, y);
            y = Math.max(labelBottom, valueBottom) + ROW_GAP;
        }
        return y;
    }

    private static String label(Signboard.Fact fact) {
        return fact.label() + "：";
    }

    /** The QR code at the top right, its caption under it and the hotline under that; returns the bottom. */
    private static int qrColumn(StringBuilder svg, Signboard board, QrCode qr, int top) {
        int x = WIDTH - MARGIN - QR_SIZE;
        int centre = x + QR_SIZE / 2;
        svg.append(qr.element("x=\"" + x + "\" y=\"" + top + "\" width=\"" + QR_SIZE + "\" height=\"" + QR_SIZE + "\""))
                .append('\n');
        int y = text(svg, wrap("扫码查看项目公示", BODY.size(), QR_SIZE), BODY, centre, Anchor.MIDDLE, top + QR_SIZE);
        y = text(svg, wrap("监督举报电话", HOTLINE.size(), QR_SIZE), HOTLINE, centre, Anchor.MIDDLE, y + GAP);
        return text(svg, wrap(board.hotline(), HOTLINE.size(), QR_SIZE), HOTLINE, centre, Anchor.MIDDLE, y);
    }

    private static void rect(StringBuilder svg, int x, int y, int width, int height, String fill) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" fill=\"").append(fill).append("\"/>\n");
    }

    /**
     * One {@code <text>} a line, the first line box starting at {@code top}; returns the bottom of the last.
     * A CJK font's em box reaches 0.88 em above the baseline and 0.12 em below; it is centred in the line box.
     */
    private static int text(StringBuilder svg, List<String> lines, Font font, int x, Anchor anchor, int top) {
        int baseline = top + (font.lineHeight() - font.size()) / 2 + (int) Math.round(0.88 * font.size());
        for (String line : lines) {
            svg.append("<text x=\"").append(x).append("\" y=\"").append(baseline).append("\" font-size=\"")
                    .append(font.size()).append('"');
            if (font.bold()) {
                svg.append(" font-weight=\"bold\"");
            }
            if (anchor == Anchor.MIDDLE) {
                svg.append(" text-anchor=\"middle\"");
            }
            if (!font.fill().equals("#000")) {
                svg.append(" fill=\"").append(font.fill()).append('"');
            }
            svg.append('>').append(QrCode.escape(line)).append("</text>\n");
            baseline += font.lineHeight();
        }
        return top + lines.size() * font.lineHeight();
    }

    /**
     * Estimated width in mm of {@code text} at {@code fontSize} mm: 1 em a CJK character, {@value #NARROW_ADVANCE}
     * em an ASCII one. Every other character counts 1 em too, which can only wrap a line early, never overflow it.
     */
    static double width(String text, double fontSize) {
        return text.codePoints().mapToDouble(c -> c < 0x80 ? NARROW_ADVANCE : 1).sum() * fontSize;
    }

    /**
     * {@code text} in lines no wider than {@code maxWidth}: broken between CJK characters and at spaces, never
     * inside an ASCII word (a code, an amount, a phone number) unless the word alone is wider than a line, never
     * before closing or after opening punctuation. Runs of whitespace count as one space and vanish at a break;
     * no other character is dropped.
     */
    static List<String> wrap(String text, double fontSize, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String unit : units(LINE_BREAKING_SPACE.matcher(text).replaceAll(" ").strip())) {
            if (width(line + unit, fontSize) <= maxWidth) {
                line.append(unit);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            if (unit.equals(" ")) {
                continue;
            }
            if (width(unit, fontSize) <= maxWidth) {
                line.append(unit);
                continue;
            }
            for (int c : unit.codePoints().toArray()) {
                if (!line.isEmpty() && width(line + Character.toString(c), fontSize) > maxWidth) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.appendCodePoint(c);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** What a line may not be broken inside: ASCII words and single characters, with punctuation held on. */
    private static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        String opening = "";
        Matcher m = UNIT.matcher(text);
        while (m.find()) {
            String unit = m.group();
            int last = units.size() - 1;
            if (isOneOf(unit, OPENING)) {
                opening += unit;
            } else if (isOneOf(unit, CLOSING) && opening.isEmpty() && last >= 0 && !units.get(last).equals(" ")) {
                units.set(last, units.get(last) + unit);
            } else {
                units.add(opening + unit);
                opening = "";
            }
        }
        if (!opening.isEmpty()) {
            units.add(opening);
        }
        return units;
    }

    private static boolean isOneOf(String unit, String characters) {
        return unit.length() == 1 && characters.indexOf(unit.charAt(0)) >= 0;
    }
}
