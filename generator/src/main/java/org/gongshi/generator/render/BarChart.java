package org.gongshi.generator.render;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

/**
 * A horizontal bar chart as inline SVG, for {@code /stats/}: one row per category, one bar per series, each
 * bar's value written beside it. Series differ by fill and pattern and are named in a text legend, so nothing
 * depends on telling colours apart; a row may carry a marker (a labor-share floor), drawn as a dark line and
 * named in the legend, and a note in bold text (低于下限). Everything a reader sees is text or length; the
 * page puts the same numbers in a table beside the chart.
 */
public final class BarChart {

    /** A named series; its place in the list picks its look (solid, hatched, dotted). */
    public record Series(String name) {
    }

    /** One bar: its length is proportional to {@code value}; {@code label} is written beside it. */
    public record Bar(long value, String label) {
    }

    /** One category with a bar per series, an optional marker on the same scale, and a note ("" for none). */
    public record Row(String label, List<Bar> bars, OptionalLong marker, String note) {
        public Row {
            bars = List.copyOf(bars);
        }

        public Row(String label, List<Bar> bars) {
            this(label, bars, OptionalLong.empty(), "");
        }
    }

    static final int WIDTH = 720;
    static final int LABEL_WIDTH = 170;
    static final int BAR_AREA = 360;
    static final int BAR_HEIGHT = 20;
    static final int ROW_GAP = 12;
    static final int LEGEND_HEIGHT = 34;
    private static final String[] FILLS = {"#0b4f9c", "url(#%s-hatch)", "url(#%s-dots)"};

    private BarChart() {
    }

    /**
     * The SVG element. {@code id} must be unique on the page (it names the title and the patterns);
     * {@code markerName} names the marker in the legend ("" when no row has one).
     */
    public static String svg(String id, String title, List<Series> series, List<Row> rows, String markerName) {
        if (series.isEmpty() || series.size() > FILLS.length) {
            throw new IllegalArgumentException("a chart has 1 to " + FILLS.length + " series, not " + series.size());
        }
        for (Row row : rows) {
            if (row.bars().size() != series.size()) {
                throw new IllegalArgumentException("row " + row.label() + " has " + row.bars().size() + " bars for " + series.size() + " series");
            }
        }
        long max = Math.max(1, rows.stream()
                .flatMapToLong(r -> LongStream.concat(r.bars().stream().mapToLong(Bar::value), r.marker().stream()))
                .max().orElse(0));
        int rowHeight = series.size() * BAR_HEIGHT + ROW_GAP;
        int height = LEGEND_HEIGHT + Math.max(1, rows.size()) * rowHeight;
        StringBuilder svg = new StringBuilder(512 + rows.size() * 400);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" aria-labelledby=\"")
                .append(id).append("-title\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" font-size=\"14\" font-family=\"sans-serif\">\n");
        svg.append("<title id=\"").append(id).append("-title\">").append(QrCode.escape(title)).append("</title>\n");
        patterns(svg, id);
        legend(svg, id, series, markerName);
        if (rows.isEmpty()) {
            svg.append("<text x=\"0\" y=\"").append(LEGEND_HEIGHT + 18).append("\">暂无数据</text>\n");
        }
        int y = LEGEND_HEIGHT;
        for (Row row : rows) {
            row(svg, id, row, y, max);
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** The bar's length in pixels: proportional to the value, the largest value or marker filling the bar area. */
    static long length(long value, long max) {
        return Math.max(0, value) * BAR_AREA / max;
    }

    private static void row(StringBuilder svg, String id, Row row, int top, long max) {
        int middle = top + (row.bars().size() * BAR_HEIGHT) / 2;
        svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(middle + 5)
                .append("\" text-anchor=\"end\">").append(QrCode.escape(shortLabel(row.label()))).append("</text>\n");
        for (int i = 0; i < row.bars().size(); i++) {
            Bar bar = row.bars().get(i);
            int y = top + i * BAR_HEIGHT;
            long length = length(bar.value(), max);
            // The value goes right of the bar and of the marker, so the marker line never runs through it.
            long textX = LABEL_WIDTH + Math.max(length, row.marker().stream().map(m -> length(m, max) + 4).findFirst().orElse(0L)) + 6;
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y + 2).append("\" width=\"").append(length)
                    .append("\" height=\"").append(BAR_HEIGHT - 4).append("\" fill=\"").append(fill(id, i))
                    .append("\" stroke=\"#0b4f9c\"/>\n");
            svg.append("<text x=\"").append(textX).append("\" y=\"").append(y + BAR_HEIGHT - 5).append("\">")
                    .append(QrCode.escape(bar.label()));
            if (i == 0 && !row.note().isEmpty()) {
                svg.append(" <tspan font-weight=\"bold\" fill=\"#b3261e\">").append(QrCode.escape(row.note())).append("</tspan>");
            }
            svg.append("</text>\n");
        }
        row.marker().ifPresent(marker -> {
            long x = LABEL_WIDTH + length(marker, max);
            svg.append("<line class=\"marker\" x1=\"").append(x).append("\" y1=\"").append(top - 2).append("\" x2=\"").append(x)
                    .append("\" y2=\"").append(top + row.bars().size() * BAR_HEIGHT + 2)
                    .append("\" stroke=\"#1a1a1a\" stroke-width=\"3\"/>\n");
        });
    }

    private static void patterns(StringBuilder svg, String id) {
        svg.append("<defs>")
                .append("<pattern id=\"").append(id).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><rect width=\"3\" height=\"6\" fill=\"#0b4f9c\"/></pattern>")
                .append("<pattern id=\"").append(id).append("-dots\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><circle cx=\"3\" cy=\"3\" r=\"1.6\" fill=\"#0b4f9c\"/></pattern>")
                .append("</defs>\n");
    }

    private static void legend(StringBuilder svg, String id, List<Series> series, String markerName) {
        int x = 0;
        for (int i = 0; i < series.size(); i++) {
            svg.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"22\" height=\"16\" fill=\"").append(fill(id, i))
                    .append("\" stroke=\"#0b4f9c\"/>");
            svg.append("<text x=\"").append(x + 28).append("\" y=\"19\">").append(QrCode.escape(series.get(i).name())).append("</text>\n");
            x += 40 + 15 * series.get(i).name().length();
        }
        if (!markerName.isEmpty()) {
            svg.append("<line x1=\"").append(x + 10).append("\" y1=\"4\" x2=\"").append(x + 10)
                    .append("\" y2=\"24\" stroke=\"#1a1a1a\" stroke-width=\"3\"/>");
            svg.append("<text x=\"").append(x + 20).append("\" y=\"19\">").append(QrCode.escape(markerName)).append("</text>\n");
        }
    }

    private static String fill(String id, int series) {
        return String.format(FILLS[series], id);
    }

    /** Cut to fit the label column, by an estimate of 8 px per Latin character and 14 px per Chinese one. */
    static String shortLabel(String label) {
        int room = LABEL_WIDTH - 12;
        int width = 0;
        for (int i = 0; i < label.length(); i = label.offsetByCodePoints(i, 1)) {
            width += label.codePointAt(i) < 0x2E80 ? 8 : 14;
            if (width > room) {
                return label.substring(0, i == 0 ? 0 : label.offsetByCodePoints(i, -1)) + "…";
            }
        }
        return label;
    }
}
