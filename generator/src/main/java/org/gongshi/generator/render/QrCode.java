package org.gongshi.generator.render;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The QR code of a project's notice page, as SVG: for {@code /p/{CODE}/qr.svg} and for the signboard.
 * Error correction level Q (25% of the code may be lost) because the code lives outdoors on metal for decades:
 * scratches, rust and bird droppings. Dark modules are drawn as horizontal runs, in module units, with the
 * 4-module quiet zone the standard asks for around them.
 */
public final class QrCode {

    static final int QUIET_ZONE = 4;

    /** Whole pixels per module keep a code opened on its own crisp on screens, at about 300 px. */
    private static final int SCREEN_PIXELS_PER_MODULE = 8;

    /** Scheme, host (with any port), and the path from its first "/" on; a base URL always ends in "/". */
    private static final Pattern BASE_URL = Pattern.compile("(https?)://([^/?#\\s]+)(/[^?#\\s]*/|/)",
            Pattern.CASE_INSENSITIVE);

    private final String text;
    private final int size;
    private final String pathData;

    private QrCode(String text, int size, String pathData) {
        this.text = text;
        this.size = size;
        this.pathData = pathData;
    }

    /**
     * The text a project's code encodes: the notice page's URL with scheme and host in upper case, which
     * RFC 3986 allows (both are case-insensitive). For the usual base URL the whole text then fits QR
     * alphanumeric mode (digits, A–Z, space and {@code $%*+-./:}), 5.5 bits a character instead of 8: a smaller,
     * sparser code that survives more wear. The base path keeps its case, because paths are case-sensitive;
     * characters outside ASCII are written as %XX escapes of their UTF-8 bytes and international host names in
     * their {@code xn--} form, as browsers send them, so that old scanners need no character set.
     */
    public static String url(String baseUrl, String code) {
        Matcher m = BASE_URL.matcher(baseUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("网址应为 https://主机/ 形式并以 / 结尾，实际是“" + baseUrl + "”");
        }
        return m.group(1).toUpperCase(Locale.ROOT) + "://" + IDN.toASCII(m.group(2)).toUpperCase(Locale.ROOT)
                + asciiPath(m.group(3)) + "P/" + code;
    }

    private static String asciiPath(String path) {
        StringBuilder ascii = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            if (b >= 0) {
                ascii.append((char) b);
            } else {
                ascii.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return ascii.toString();
    }

    /**
     * A code for {@code text} at error correction level Q. Text outside alphanumeric mode is encoded in the
     * fewest bits ZXing finds ({@code QR_COMPACT}): a lowercase base path in byte mode, the rest still
     * alphanumeric.
     */
    public static QrCode encode(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("二维码内容为空");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        if (Encoder.chooseMode(text) == Mode.BYTE) {
            hints.put(EncodeHintType.QR_COMPACT, true);
        }
        try {
            return of(text, FinderLookalikes.avoided(text, hints));
        } catch (WriterException e) {
            throw new IllegalArgumentException("二维码内容过长（" + text.length() + " 个字符）", e);
        }
    }

    /** The code of {@code matrix}, a symbol without its quiet zone. */
    static QrCode of(String text, ByteMatrix matrix) {
        return new QrCode(text, matrix.getWidth() + 2 * QUIET_ZONE, runs(matrix));
    }

    private static String runs(ByteMatrix matrix) {
        StringBuilder d = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            int x = 0;
            while (x < matrix.getWidth()) {
                int start = x;
                while (x < matrix.getWidth() && matrix.get(x, y) == 1) {
                    x++;
                }
                if (x > start) {
                    int length = x - start;
                    d.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                            .append('h').append(length).append("v1h-").append(length).append('z');
                } else {
                    x++;
                }
            }
        }
        return d.toString();
    }

    /** What the code encodes. */
    public String text() {
        return text;
    }

    /** Modules on a side, the quiet zone included: the side of the SVG's view box. */
    public int size() {
        return size;
    }

    /** The dark modules as an SVG path, in module units, with the quiet zone already added to every coordinate. */
    public String pathData() {
        return pathData;
    }

    /** A standalone SVG document of the code, quiet zone included, that a browser shows at about 300 px. */
    public String svg() {
        int pixels = size * SCREEN_PIXELS_PER_MODULE;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + element("xmlns=\"http://www.w3.org/2000/svg\" width=\"" + pixels + "\" height=\"" + pixels + "\"")
                + "\n";
    }

    /**
     * The code as an {@code <svg>} element placed by {@code placement} (its position and size attributes), for
     * a standalone file or nested in a larger drawing. The white square keeps the quiet zone white whatever lies
     * behind it; crisp edges stop renderers from blurring module borders into grey.
     */
    String element(String placement) {
        return "<svg " + placement + " viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\">"
                + "<title>" + escape(text) + "</title>"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + pathData + "\"/></svg>";
    }

    /**
     * {@code text} as XML character data or an attribute value. Characters XML 1.0 cannot carry at all (control
     * characters, lone surrogates) become U+FFFD, so that a stray one in a record still leaves a readable document.
     * Shared with {@link SignboardSvg}.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD);
            }
        });
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000;
    }
}
