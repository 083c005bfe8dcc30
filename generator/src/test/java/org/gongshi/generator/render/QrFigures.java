package org.gongshi.generator.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.w3c.dom.Element;

/**
 * Figures for the closing note on QR codes and signboards, from a built site ({@code build/site}): whether every
 * {@code p/{CODE}/qr.svg} decodes to a URL ending in {@code /P/{CODE}} when printed at its size on the signboard
 * and when printed 2 cm wide (both at 300 dpi, the second area-averaged so module edges blur), and how large the
 * {@code p/{CODE}/signboard.svg} files are, plain and gzipped. Run by {@code bench/qr.sh}; exits 1 when a code
 * fails.
 */
public final class QrFigures {

    private static final int DPI = 300;
    private static final int SMALL_MM = 20;

    private QrFigures() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: QrFigures SITE_DIR   (a built site, e.g. build/site)");
            System.exit(2);
        }
        Path projects = Path.of(args[0]).resolve("p");
        List<Path> codes = files(projects, "qr.svg");
        if (codes.isEmpty()) {
            System.err.println("no p/*/qr.svg under " + args[0]);
            System.exit(1);
        }
        int boardPixels = pixels(SignboardSvg.QR_SIZE);
        int smallPixels = pixels(SMALL_MM);
        int onBoard = 0;
        int small = 0;
        List<Long> modules = new ArrayList<>();
        for (Path file : codes) {
            String code = file.getParent().getFileName().toString();
            Element svg = QrRaster.parse(Files.readString(file)).getDocumentElement();
            modules.add(Long.parseLong(svg.getAttribute("viewBox").split(" ")[2]));
            onBoard += decodes(svg, boardPixels, code) ? 1 : 0;
            small += decodes(svg, smallPixels, code) ? 1 : 0;
        }
        System.out.printf("qr.svg: %d codes, %s modules a side with the quiet zone%n", codes.size(), spread(modules, ""));
        System.out.printf("  %d mm at %d dpi (%d px):                  %d/%d decode to …/P/{CODE}%n",
                SignboardSvg.QR_SIZE, DPI, boardPixels, onBoard, codes.size());
        System.out.printf("  %d mm at %d dpi (%d px, area-averaged):    %d/%d decode to …/P/{CODE}%n",
                SMALL_MM, DPI, smallPixels, small, codes.size());

        List<Path> boards = files(projects, "signboard.svg");
        List<Long> bytes = new ArrayList<>();
        List<Long> gzipped = new ArrayList<>();
        List<Long> heights = new ArrayList<>();
        for (Path file : boards) {
            String svg = Files.readString(file);
            byte[] utf8 = svg.getBytes(StandardCharsets.UTF_8);
            bytes.add((long) utf8.length);
            gzipped.add((long) gzip(utf8).length);
            String height = QrRaster.parse(svg).getDocumentElement().getAttribute("height");
            heights.add(Long.parseLong(height.replace("mm", "")));
        }
        System.out.printf("signboard.svg: %d boards%n", boards.size());
        if (!boards.isEmpty()) {
            System.out.printf("  height: %s%n", spread(heights, " mm"));
            System.out.printf("  size:   %s%n", spread(bytes, " bytes"));
            System.out.printf("  gzip:   %s%n", spread(gzipped, " bytes"));
        }
        if (onBoard + small < 2 * codes.size()) {
            System.exit(1);
        }
    }

    private static List<Path> files(Path projects, String name) throws IOException {
        if (!Files.isDirectory(projects)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(projects)) {
            return folders.map(folder -> folder.resolve(name)).filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static int pixels(int millimetres) {
        return (int) Math.round(millimetres / 25.4 * DPI);
    }

    /** Prints why a code failed, so that the summary's counts can be traced to projects. */
    private static boolean decodes(Element svg, int pixels, String code) {
        Optional<String> text = QrRaster.decode(QrRaster.rasterize(svg, pixels));
        boolean ok = text.filter(t -> t.endsWith("/P/" + code)).isPresent();
        if (!ok) {
            System.out.printf("%s at %d px: %s%n", code, pixels, text.map(t -> "decoded as " + t).orElse("not decoded"));
        }
        return ok;
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static String spread(List<Long> values, String unit) {
        List<Long> sorted = values.stream().sorted().toList();
        return String.format("min %,d%s, median %,d%s, max %,d%s", sorted.get(0), unit,
                sorted.get((sorted.size() - 1) / 2), unit, sorted.get(sorted.size() - 1), unit);
    }
}
