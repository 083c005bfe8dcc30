package org.gongshi.generator.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads our QR SVGs the way a phone would see them printed: parses the SVG with a real XML parser, rasterizes the
 * dark-module runs with Java2D on white, and decodes the picture with ZXing's own reader.
 */
public final class QrRaster {

    /** The runs {@link QrCode#pathData()} writes, and nothing else. */
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");
    private static final Pattern SQUARE_VIEW_BOX = Pattern.compile("0 0 (\\d+) \\1");
    /**
     * Off whole-pixel sizes, modules are drawn at least this many pixels wide before the area-averaging
     * downscale, so their edges land within 1/32 of a module of where they belong.
     */
    private static final int OVERSAMPLED_MODULE_PIXELS = 32;

    /** A decoded code: its text and the error correction level read from it ("L", "M", "Q" or "H"). */
    public record Decoded(String text, String errorCorrectionLevel) {
    }

    private record Run(int x, int y, int length) {
    }

    private QrRaster() {
    }

    /** {@code xml} parsed with namespaces, refusing any DOCTYPE (no entity from outside the document). */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** A standalone QR SVG ({@link QrCode#svg()}) as a {@code pixels}-square picture. */
    public static BufferedImage rasterize(String svg, int pixels) {
        return rasterize(parse(svg).getDocumentElement(), pixels);
    }

    /**
     * The QR code drawn by an {@code <svg>} element (standalone or nested in a signboard) as a {@code pixels}-square
     * picture. When {@code pixels} is a whole multiple of the module count every module is whole pixels of pure
     * black or white; otherwise the code is drawn oversampled and each pixel takes the average of the area it
     * covers, so module edges come out grey as a print or camera blurs them.
     */
    public static BufferedImage rasterize(Element svg, int pixels) {
        Matcher viewBox = SQUARE_VIEW_BOX.matcher(svg.getAttribute("viewBox"));
        if (!viewBox.matches()) {
            throw new IllegalArgumentException("viewBox is not \"0 0 N N\": " + svg.getAttribute("viewBox"));
        }
        int modules = Integer.parseInt(viewBox.group(1));
        int factor = pixels % modules == 0 ? 1 : Math.max(1, ceilDiv(OVERSAMPLED_MODULE_PIXELS * modules, pixels));
        return downscale(draw(runs(svg), modules, pixels * factor), factor);
    }

    private static List<Run> runs(Element svg) {
        NodeList paths = svg.getElementsByTagNameNS("*", "path");
        if (paths.getLength() != 1) {
            throw new IllegalArgumentException("expected one <path>, found " + paths.getLength());
        }
        String d = ((Element) paths.item(0)).getAttribute("d");
        List<Run> runs = new ArrayList<>();
        Matcher m = RUN.matcher(d);
        int end = 0;
        while (m.find()) {
            if (m.start() != end || !m.group(3).equals(m.group(4))) {
                throw new IllegalArgumentException("not a run at " + end + " of the path: " + d);
            }
            runs.add(new Run(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            end = m.end();
        }
        if (end != d.length()) {
            throw new IllegalArgumentException("not a run at " + end + " of the path: " + d);
        }
        return runs;
    }

    /** Module edges rounded to whole pixels, so neighbouring runs neither overlap nor leave a gap. */
    private static BufferedImage draw(List<Run> runs, int modules, int pixels) {
        BufferedImage image = new BufferedImage(pixels, pixels, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, pixels, pixels);
            g.setColor(Color.BLACK);
            for (Run run : runs) {
                int left = edge(run.x(), modules, pixels);
                int top = edge(run.y(), modules, pixels);
                g.fillRect(left, top, edge(run.x() + run.length(), modules, pixels) - left,
                        edge(run.y() + 1, modules, pixels) - top);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static int edge(int module, int modules, int pixels) {
        return (int) Math.round((double) module * pixels / modules);
    }

    /** Each output pixel the mean grey of a {@code factor} × {@code factor} block. */
    private static BufferedImage downscale(BufferedImage image, int factor) {
        int wide = image.getWidth();
        int pixels = wide / factor;
        Raster source = image.getRaster();
        int[] band = new int[wide * factor];
        int[] rgb = new int[pixels * pixels];
        for (int y = 0; y < pixels; y++) {
            source.getSamples(0, y * factor, wide, factor, 0, band);
            for (int x = 0; x < pixels; x++) {
                long sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    for (int dx = 0; dx < factor; dx++) {
                        sum += band[dy * wide + x * factor + dx];
                    }
                }
                rgb[y * pixels + x] = (int) Math.round((double) sum / (factor * factor)) * 0x010101;
            }
        }
        BufferedImage out = new BufferedImage(pixels, pixels, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, pixels, pixels, rgb, 0, pixels);
        return out;
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }

    /** The text of the QR code in {@code image}, when ZXing finds and decodes one. */
    public static Optional<String> decode(BufferedImage image) {
        return read(image).map(Decoded::text);
    }

    /** The QR code in {@code image} with its error correction level, when ZXing finds and decodes one. */
    public static Optional<Decoded> read(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, rgb)));
        try {
            Result result = new QRCodeReader().decode(bitmap);
            return Optional.of(new Decoded(result.getText(),
                    String.valueOf(result.getResultMetadata().get(ResultMetadataType.ERROR_CORRECTION_LEVEL))));
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }
}
