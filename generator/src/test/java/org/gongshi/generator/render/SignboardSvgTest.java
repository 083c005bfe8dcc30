package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SignboardSvgTest {

    static final String CONTENT = "为白石镇农产品冷链物流中心项目实施场地平整土方1.8万立方米、地基分层夯实6500平方米，"
            + "砌筑围墙860米，搭设临时工棚及材料库房420平方米。";

    static Signboard board(String content, String builder) {
        String code = "2023-QH-0015";
        return new Signboard("以工代赈项目永久性公示牌", "白石镇农产品冷链物流中心配套土方地基及围墙工程", code, List.of(
                new Signboard.Fact("项目地点", "白石镇西陈村"),
                new Signboard.Fact("批复文号", "青发改振兴〔2023〕18号"),
                new Signboard.Fact("建设内容", content),
                new Signboard.Fact("总投资", "220.00 万元"),
                new Signboard.Fact("中央预算内投资", "150.00 万元"),
                new Signboard.Fact("劳务报酬", "250.96 万元，吸纳群众务工 28 人"),
                new Signboard.Fact("施工单位", builder),
                new Signboard.Fact("建设工期", "2023-08-15 至 2023-12-20")),
                "0391-5550100", "青禾县发展和改革局", QrCode.url("https://gs.qinghe.example.gov.cn/", code));
    }

    static Signboard board(String content) {
        return board(content, "青禾县宏达建筑工程有限公司");
    }

    static Document render(Signboard board) {
        return QrRaster.parse(SignboardSvg.render(board, QrCode.encode(board.qrText())));
    }

    static List<Element> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagNameNS("*", "text");
        List<Element> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add((Element) nodes.item(i));
        }
        return texts;
    }

    static int height(Document svg) {
        return Integer.parseInt(svg.getDocumentElement().getAttribute("viewBox").split(" ")[3]);
    }

    static String joined(Document svg) {
        return String.join("", texts(svg).stream().map(Element::getTextContent).toList()).replace(" ", "");
    }

    @Test
    void estimatesOneEmForAChineseCharacterAndAboutHalfForAnAsciiOne() {
        assertEquals(120, SignboardSvg.width("以工代赈", 30), 1e-9);
        assertEquals(198, SignboardSvg.width("2023-QH-0012", 30), 1e-9);
        assertEquals(60 + 16.5 * 3, SignboardSvg.width("电话110", 30), 1e-9);
        assertEquals(30, SignboardSvg.width("〔", 30), 1e-9);
    }

    @Test
    void breaksLinesBetweenChineseCharacters() {
        assertEquals(List.of("以工代赈", "项目公示"), SignboardSvg.wrap("以工代赈项目公示", 30, 120));
    }

    @Test
    void keepsCodesAmountsAndPhoneNumbersOnOneLine() {
        assertEquals(List.of("电话", "0391-5550100"), SignboardSvg.wrap("电话0391-5550100", 30, 250));
        assertEquals(List.of("220.00", "万元"), SignboardSvg.wrap("220.00 万元", 30, 120));
    }

    @Test
    void neverStartsALineWithClosingPunctuationNorEndsOneWithOpening() {
        assertEquals(List.of("甲乙", "丙，丁"), SignboardSvg.wrap("甲乙丙，丁", 30, 90));
        assertEquals(List.of("甲乙", "（丙）"), SignboardSvg.wrap("甲乙（丙）", 30, 90));
        assertEquals(List.of("青发改", "〔2023〕", "18号"), SignboardSvg.wrap("青发改〔2023〕18号", 30, 150));
    }

    @Test
    void breaksAWordOnlyWhenItIsWiderThanALine() {
        assertEquals(List.of("ABCD", "EFGH", "IJ"), SignboardSvg.wrap("ABCDEFGHIJ", 10, 22));
    }

    @Test
    void collapsesWhitespaceAndDropsItOnlyAtBreaks() {
        assertEquals(List.of("土方 1.8", "万立方米"), SignboardSvg.wrap("  土方 \n 1.8万立方米\t", 30, 150));
        assertEquals(List.of(), SignboardSvg.wrap(" ", 30, 150));
    }

    @Test
    void takesUnicodeLineSeparatorsForSpacesAndNeverSetsAnEmptyLine() {
        assertEquals(List.of("ABCD", "EFGH"), SignboardSvg.wrap("ABCD\u2028EFGH", 10, 22));
        assertEquals(List.of("甲 乙"), SignboardSvg.wrap("\u2029甲\u2028乙\u2028", 30, 150));
    }

    @Test
    void isA1200By800MillimetreBoardWhenTheFactsFit() {
        Signboard full = board(CONTENT);
        Signboard few = new Signboard(full.heading(), full.projectName(), full.code(), full.facts().subList(0, 3),
                full.hotline(), full.office(), full.qrText());
        Element svg = render(few).getDocumentElement();

        assertEquals("1200mm", svg.getAttribute("width"));
        assertEquals("800mm", svg.getAttribute("height"));
        assertEquals("0 0 1200 800", svg.getAttribute("viewBox"));
        assertEquals("'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','SimHei',sans-serif",
                svg.getAttribute("font-family"));
    }

    @Test
    void staysLandscapeForAUsualProject() {
        Document svg = render(board(CONTENT));

        assertEquals("1200mm", svg.getDocumentElement().getAttribute("width"));
        assertEquals(852, height(svg));
    }

    @Test
    void showsEveryFactInOrderWithTheHotlineAndTheFooter() {
        Signboard board = board(CONTENT);
        String shown = joined(render(board));

        int from = 0;
        List<String> expected = new ArrayList<>(List.of(board.heading(), board.projectName(), "扫码查看项目公示", "监督举报电话",
                board.hotline()));
        board.facts().forEach(f -> expected.add(f.label() + "：" + f.value()));
        expected.addAll(List.of(board.office(), board.code()));
        for (String text : expected) {
            int at = shown.indexOf(text.replace(" ", ""), from);
            assertTrue(at >= from, "“" + text + "” after position " + from + " of " + shown);
            from = at + text.replace(" ", "").length();
        }
    }

    @Test
    void keepsEveryTextInsideTheBoardClearOfOtherTextsAndOfTheQrCode() {
        Document svg = render(board(CONTENT + CONTENT, "青禾县宏达建筑工程有限公司（联合体：ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789）"));
        Element qr = (Element) svg.getElementsByTagNameNS("*", "svg").item(1);
        Box qrBox = new Box("the QR code", number(qr, "x"), number(qr, "y"), number(qr, "x") + number(qr, "width"),
                number(qr, "y") + number(qr, "height"));

        List<Box> boxes = texts(svg).stream().map(SignboardSvgTest::box).toList();
        for (Box box : boxes) {
            assertTrue(box.left() >= 0 && box.right() <= SignboardSvg.WIDTH, box.toString());
            assertTrue(box.top() >= 0 && box.bottom() <= height(svg), box.toString());
            assertFalse(box.overlaps(qrBox), box.toString());
            for (Box other : boxes) {
                assertTrue(box == other || !box.overlaps(other), box + " and " + other);
            }
        }
    }

    /** Where a text's em boxes lie: 0.88 em above the baseline and 0.12 em below, as wide as estimated. */
    record Box(String text, double left, double top, double right, double bottom) {

        boolean overlaps(Box other) {
            return left < other.right && other.left < right && top < other.bottom && other.top < bottom;
        }
    }

    static Box box(Element text) {
        double size = number(text, "font-size");
        double x = number(text, "x");
        double y = number(text, "y");
        double width = SignboardSvg.width(text.getTextContent(), size);
        double left = text.getAttribute("text-anchor").equals("middle") ? x - width / 2 : x;
        return new Box(text.getTextContent(), left, y - 0.88 * size, left + width, y + 0.12 * size);
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    @Test
    void setsNoTextSmallerThan30Millimetres() {
        for (Element text : texts(render(board(CONTENT)))) {
            assertTrue(number(text, "font-size") >= 30, text.getTextContent());
        }
    }

    @Test
    void setsTheHeadingWhiteOnADarkBandWithAtLeastAaContrast() {
        Document svg = render(board(CONTENT));
        Element heading = texts(svg).get(0);
        Element band = (Element) svg.getElementsByTagNameNS("*", "rect").item(1);

        assertEquals("以工代赈项目永久性公示牌", heading.getTextContent());
        assertEquals("60", heading.getAttribute("font-size"));
        assertTrue(contrast(heading.getAttribute("fill"), band.getAttribute("fill")) >= 4.5);
    }

    /** WCAG 2 contrast ratio of two #rgb or #rrggbb colours. */
    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(String colour) {
        String hex = colour.length() == 4
                ? colour.substring(1).replaceAll("(.)", "$1$1")
                : colour.substring(1);
        double[] weights = {0.2126, 0.7152, 0.0722};
        double l = 0;
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16) / 255.0;
            l += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return l;
    }

    @Test
    void growsTallerInsteadOfCuttingALongDescription() {
        String longContent = CONTENT.repeat(12);
        Document svg = render(board(longContent));

        assertEquals("1200mm", svg.getDocumentElement().getAttribute("width"));
        assertTrue(height(svg) > 2000, "height " + height(svg));
        assertEquals(height(svg) + "mm", svg.getDocumentElement().getAttribute("height"));
        assertTrue(joined(svg).contains("建设内容：" + longContent), "every character of 建设内容");
        for (Element text : texts(svg)) {
            assertTrue(box(text).bottom() <= height(svg), text.getTextContent());
        }
    }

    @Test
    void escapesXmlInValues() {
        String builder = "<script>alert(\"x\")</script> & 'Co' ]]> &amp;";
        Document svg = render(board(CONTENT, builder));

        assertTrue(joined(svg).contains("施工单位：" + builder.replace(" ", "")));
        assertEquals(0, svg.getElementsByTagNameNS("*", "script").getLength());
    }

    @Test
    void embedsAQrCodeThatDecodesToTheBoardsText() {
        Signboard board = board(CONTENT);
        Element qr = (Element) render(board).getElementsByTagNameNS("*", "svg").item(1);

        assertEquals(String.valueOf(SignboardSvg.QR_SIZE), qr.getAttribute("width"));
        assertEquals(String.valueOf(SignboardSvg.QR_SIZE), qr.getAttribute("height"));
        // 280 mm at 300 dpi, and the same code seen small, as from a few metres away.
        assertEquals(Optional.of(board.qrText()), QrRaster.decode(QrRaster.rasterize(qr, 3307)));
        assertEquals(Optional.of(board.qrText()), QrRaster.decode(QrRaster.rasterize(qr, 236)));
    }

    @Test
    void refusesAQrCodeForOtherText() {
        Signboard board = board(CONTENT);

        assertThrows(IllegalArgumentException.class,
                () -> SignboardSvg.render(board, QrCode.encode("HTTPS://EXAMPLE.ORG/P/2023-QH-0001")));
    }
}
