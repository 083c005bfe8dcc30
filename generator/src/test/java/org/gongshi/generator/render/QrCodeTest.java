package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.decoder.Mode;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

class QrCodeTest {

    static final String ROOT = "https://gs.qinghe.example.gov.cn/";
    static final String CODE = "2023-QH-0012";
    static final String URL = "HTTPS://GS.QINGHE.EXAMPLE.GOV.CN/P/2023-QH-0012";

    @Test
    void upperCasesSchemeAndHostOfTheUsualBaseUrl() {
        assertEquals(URL, QrCode.url(ROOT, CODE));
    }

    @Test
    void keepsAPort() {
        assertEquals("HTTP://GS.QINGHE.EXAMPLE.GOV.CN:8080/P/2023-QH-0012",
                QrCode.url("http://gs.qinghe.example.gov.cn:8080/", CODE));
    }

    @Test
    void keepsTheCaseOfABasePathBecauseServersCompareItExactly() {
        assertEquals("HTTPS://WWW.X.GOV.CN/ygdz/P/2023-QH-0012", QrCode.url("https://www.x.gov.cn/ygdz/", CODE));
        assertEquals("HTTPS://WWW.X.GOV.CN/YGDZ/P/2023-QH-0012", QrCode.url("https://www.x.gov.cn/YGDZ/", CODE));
    }

    @Test
    void writesNonAsciiHostsAndPathsAsBrowsersSendThem() {
        assertEquals("HTTPS://XN--2LZS91D.GOV.CN/%E4%BB%A5%E5%B7%A5/P/2023-QH-0012",
                QrCode.url("https://青禾.gov.cn/以工/", CODE));
    }

    @Test
    void refusesABaseUrlThatIsNotAnAbsoluteFolder() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.url("gs.qinghe.example.gov.cn/", CODE));
        assertThrows(IllegalArgumentException.class, () -> QrCode.url("https://www.x.gov.cn/ygdz", CODE));
        assertThrows(IllegalArgumentException.class, () -> QrCode.url("ftp://www.x.gov.cn/", CODE));
        assertThrows(IllegalArgumentException.class, () -> QrCode.url("/", CODE));
    }

    @Test
    void encodesTheUsualUrlInAlphanumericModeAlone() throws WriterException {
        assertEquals(Mode.ALPHANUMERIC, Encoder.encode(URL, ErrorCorrectionLevel.Q).getMode());
        assertEquals(Encoder.encode(URL, ErrorCorrectionLevel.Q).getVersion().getDimensionForVersion() + 8,
                QrCode.encode(URL).size());
    }

    @Test
    void anUpperCaseUrlNeedsASmallerCodeThanALowerCaseOne() {
        assertEquals(37, QrCode.encode(URL).size(), "version 3: 29 modules and the quiet zone");
        assertEquals(41, QrCode.encode("https://gs.qinghe.example.gov.cn/p/2023-QH-0012").size(),
                "version 4, though the code at its end still goes in alphanumeric mode");
    }

    @Test
    void encodesOnlyALowerCaseBasePathInByteMode() throws WriterException {
        String url = QrCode.url("https://www.x.gov.cn/ygdz/", CODE);

        assertEquals(Mode.BYTE, Encoder.chooseMode(url));
        assertEquals(41, Encoder.encode(url, ErrorCorrectionLevel.Q).getVersion().getDimensionForVersion() + 8,
                "all of it in byte mode: version 4");
        assertEquals(37, QrCode.encode(url).size(), "byte mode for ygdz alone: version 3");
        assertEquals(Optional.of(url), QrRaster.decode(QrRaster.rasterize(QrCode.encode(url).svg(), 370)));
    }

    @Test
    void avoidsMasksThatDrawAFinderPatternLookalikeInTheData() throws WriterException {
        String url = QrCode.url(ROOT, "2021-QH-0003");
        ByteMatrix zxingsChoice = Encoder.encode(url, ErrorCorrectionLevel.Q).getMatrix();
        int pixels = 4 * 37;

        assertTrue(FinderLookalikes.in(zxingsChoice));
        assertEquals(Optional.empty(), QrRaster.decode(QrRaster.rasterize(QrCode.of(url, zxingsChoice).svg(), pixels)),
                "ZXing's reader takes the lookalike for a corner");
        assertEquals(Optional.of(url), QrRaster.decode(QrRaster.rasterize(QrCode.encode(url).svg(), pixels)));
    }

    @Test
    void findsFinderPatternLookalikesOnlyOutsideTheCornersAndOnlyAcrossAndDown() {
        ByteMatrix corners = symbol(25);
        assertFalse(FinderLookalikes.in(corners));

        ByteMatrix lookalike = symbol(25);
        finder(lookalike, 9, 9);
        assertTrue(FinderLookalikes.in(lookalike));

        ByteMatrix acrossOnly = symbol(25);
        int[] row = {1, 0, 1, 1, 1, 0, 1};
        for (int i = 0; i < row.length; i++) {
            acrossOnly.set(9 + i, 12, row[i]);
        }
        assertFalse(FinderLookalikes.in(acrossOnly));
    }

    /** A symbol with nothing but its three finder patterns. */
    static ByteMatrix symbol(int modules) {
        ByteMatrix matrix = new ByteMatrix(modules, modules);
        matrix.clear((byte) 0);
        finder(matrix, 0, 0);
        finder(matrix, modules - 7, 0);
        finder(matrix, 0, modules - 7);
        return matrix;
    }

    /** A 7 × 7 finder pattern: a dark ring, a light ring, a dark 3 × 3 centre. */
    static void finder(ByteMatrix matrix, int left, int top) {
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 7; x++) {
                matrix.set(left + x, top + y, Math.max(Math.abs(x - 3), Math.abs(y - 3)) == 2 ? 0 : 1);
            }
        }
    }

    @Test
    void correctsErrorsAtLevelQ() {
        QrCode qr = QrCode.encode(URL);

        assertEquals("Q", QrRaster.read(QrRaster.rasterize(qr.svg(), qr.size() * 4)).orElseThrow()
                .errorCorrectionLevel());
    }

    @Test
    void leavesAQuietZoneOfFourWhiteModulesOnEverySide() {
        QrCode qr = QrCode.encode(URL);
        int module = 4;
        int side = qr.size() * module;
        BufferedImage image = QrRaster.rasterize(qr.svg(), side);

        int quiet = 4 * module;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (x < quiet || y < quiet || x >= side - quiet || y >= side - quiet) {
                    assertEquals(0xFFFFFF, image.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
                }
            }
        }
        // The outer corners of the three finder patterns: the code begins right after the quiet zone.
        assertEquals(0, image.getRGB(quiet, quiet) & 0xFFFFFF);
        assertEquals(0, image.getRGB(side - quiet - 1, quiet) & 0xFFFFFF);
        assertEquals(0, image.getRGB(quiet, side - quiet - 1) & 0xFFFFFF);
    }

    @Test
    void drawsDarkModulesAsHorizontalRunsInModuleUnits() {
        String d = QrCode.encode(URL).pathData();

        assertTrue(d.startsWith("M4 4h7v1h-7zM"), "the top row of the top-left finder pattern first: " + d);
        assertTrue(d.matches("(M\\d+ \\d+h(\\d+)v1h-\\2z)+"), d);
    }

    @Test
    void writesAStandaloneSvgThatShowsAtAboutThreeHundredPixels() {
        QrCode qr = QrCode.encode(URL);
        Element svg = QrRaster.parse(qr.svg()).getDocumentElement();

        assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
        assertEquals("0 0 37 37", svg.getAttribute("viewBox"));
        assertEquals("296", svg.getAttribute("width"));
        assertEquals("296", svg.getAttribute("height"));
        assertEquals("crispEdges", svg.getAttribute("shape-rendering"));
        assertEquals(URL, svg.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        Element background = (Element) svg.getElementsByTagNameNS("*", "rect").item(0);
        assertEquals("37", background.getAttribute("width"));
        assertEquals("37", background.getAttribute("height"));
        assertEquals("#fff", background.getAttribute("fill"));
        assertEquals(qr.pathData(), ((Element) svg.getElementsByTagNameNS("*", "path").item(0)).getAttribute("d"));
    }

    @Test
    void escapesTheTextInTheTitle() {
        String text = "A<B & \"C\" > D";
        QrCode qr = QrCode.encode(text);

        assertEquals(text, QrRaster.parse(qr.svg()).getElementsByTagNameNS("*", "title").item(0).getTextContent());
        assertEquals(Optional.of(text), QrRaster.decode(QrRaster.rasterize(qr.svg(), qr.size() * 4)));
    }

    @Test
    void replacesCharactersXmlCannotCarry() {
        assertEquals("a&amp;b&lt;c&gt;d&quot;e'f\uFFFDg\uFFFD", QrCode.escape("a&b<c>d\"e'f\u0001g\uD800"));
    }

    @Test
    void refusesEmptyText() {
        assertThrows(IllegalArgumentException.class, () -> QrCode.encode(""));
    }

    /** 74 and 111: two and three pixels a module; 236: 2 cm at 300 dpi; 3307: the signboard's 280 mm at 300 dpi. */
    @ParameterizedTest
    @ValueSource(ints = {74, 111, 150, 236, 300, 512, 3307})
    void decodesBackToItsTextAtPrintedSizes(int pixels) {
        QrCode qr = QrCode.encode(URL);

        assertEquals(Optional.of(URL), QrRaster.decode(QrRaster.rasterize(qr.svg(), pixels)));
    }
}
