package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Elder-friendly, accessible stylesheets (适老化, GB/T 37668, WCAG 2 AA), read as text. Each rule's text colour is
 * checked against its own background, else the background of a rule whose selector is an ancestor part of its
 * own ({@code .site-header} for {@code .site-header .site-title}), else white; a rule that sets only a
 * background is checked with the body's ink colour on it.
 */
class StylesheetTest {

    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{3,6}\\b|var\\(--[\\w-]+\\)");
    private static final double ROOT_PX = 18;

    private record Rule(String selector, Map<String, String> declarations) {
        Optional<String> get(String property) {
            return Optional.ofNullable(declarations.get(property));
        }
    }

    private record Sheet(List<Rule> rules, Map<String, String> variables) {

        static Sheet read(String name) throws IOException {
            String css = withoutPrint(Files.readString(BuiltSite.TEMPLATES.resolve("assets").resolve(name))
                    .replaceAll("(?s)/\\*.*?\\*/", ""));
            List<Rule> rules = new ArrayList<>();
            Map<String, String> variables = new LinkedHashMap<>();
            Matcher m = RULE.matcher(css);
            while (m.find()) {
                Map<String, String> declarations = new LinkedHashMap<>();
                for (String declaration : m.group(2).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                    }
                }
                for (String selector : m.group(1).split(",")) {
                    rules.add(new Rule(selector.strip().replaceAll("\\s+", " "), declarations));
                }
                if (m.group(1).strip().equals(":root")) {
                    declarations.forEach((k, v) -> variables.putIfAbsent(k, v));
                }
            }
            return new Sheet(rules, variables);
        }

        /**
         * Leaves out {@code @media print} blocks: paper is white and browsers drop backgrounds when printing, so
         * their colours are not screen pairs (and this parse would match them with screen backgrounds).
         */
        static String withoutPrint(String css) {
            StringBuilder kept = new StringBuilder();
            int from = 0;
            for (int at = css.indexOf("@media print"); at >= 0; at = css.indexOf("@media print", from)) {
                kept.append(css, from, at);
                int depth = 0;
                int i = css.indexOf('{', at);
                do {
                    depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
                    i++;
                } while (depth > 0);
                from = i;
            }
            return kept.append(css.substring(from)).toString();
        }

        /** The colour a value names, as #rrggbb; empty for none, inherit and what this parse cannot tell. */
        Optional<String> color(String value) {
            Matcher m = COLOR.matcher(value);
            if (!m.find()) {
                return Optional.empty();
            }
            String found = m.group();
            if (found.startsWith("var(")) {
                return Optional.ofNullable(variables.get(found.substring(4, found.length() - 1))).flatMap(this::color);
            }
            return Optional.of(found.length() == 4
                    ? "#" + found.charAt(1) + found.charAt(1) + found.charAt(2) + found.charAt(2) + found.charAt(3) + found.charAt(3)
                    : found);
        }

        Optional<String> background(Rule rule) {
            return rule.get("background").or(() -> rule.get("background-color")).flatMap(this::color);
        }

        /** The rule's own background, else the nearest ancestor part's, else white. */
        String backgroundBehind(Rule rule) {
            Optional<String> own = background(rule);
            if (own.isPresent()) {
                return own.get();
            }
            List<String> parts = new ArrayList<>(List.of(rule.selector().split(" ")));
            while (parts.size() > 1) {
                parts.remove(parts.size() - 1);
                String ancestor = String.join(" ", parts);
                Optional<String> found = rules.stream().filter(r -> r.selector().equals(ancestor))
                        .map(this::background).flatMap(Optional::stream).findFirst();
                if (found.isPresent()) {
                    return found.get();
                }
            }
            return "#ffffff";
        }

        String ink() {
            return rules.stream().filter(r -> r.selector().equals("body")).map(r -> r.get("color").flatMap(this::color))
                    .flatMap(Optional::stream).findFirst().orElseThrow();
        }
    }

    static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** Font size in px when given in rem or em of the 18 px root; empty for sizes this parse cannot tell. */
    private static Optional<Double> px(Rule rule) {
        return rule.get("font-size").filter(v -> v.matches("[0-9.]+r?em")).map(v -> Double.parseDouble(v.replaceAll("r?em", "")) * ROOT_PX);
    }

    /** WCAG "large text": at least 24 px, or bold and at least 18.66 px; it needs 3:1 instead of 4.5:1. */
    private static boolean large(Rule rule) {
        double size = px(rule).orElse(ROOT_PX);
        boolean bold = rule.get("font-weight").filter(w -> w.equals("bold") || w.matches("[7-9]00")).isPresent();
        return size >= 24 || bold && size >= 18.66;
    }

    @Test
    void contrastIsComputedAsWcagDefinesIt() {
        assertEquals(21.0, contrast("#000000", "#ffffff"), 0.01);
        assertEquals(4.48, contrast("#777777", "#ffffff"), 0.01);
        assertEquals(1.0, contrast("#b3261e", "#b3261e"), 0.01);
    }

    @ParameterizedTest
    @ValueSource(strings = {"style.css", "signboard.css"})
    void everyTextColourMeetsWcagAaOnItsBackground(String name) throws IOException {
        Sheet sheet = Sheet.read(name);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Rule rule : sheet.rules()) {
            Optional<String> color = rule.get("color").flatMap(sheet::color);
            Optional<String> background = sheet.background(rule);
            if (color.isEmpty() && background.isEmpty()) {
                continue;
            }
            String fg = color.orElse(sheet.ink());
            String bg = sheet.backgroundBehind(rule);
            double needed = large(rule) ? 3.0 : 4.5;
            double ratio = contrast(fg, bg);
            checked++;
            if (ratio < needed) {
                failures.add(String.format("%s: %s on %s is %.2f:1, needs %.1f:1", rule.selector(), fg, bg, ratio, needed));
            }
        }
        assertTrue(checked >= 5, name + ": colour pairs found: " + checked);
        assertEquals(List.of(), failures);
    }

    @ParameterizedTest
    @ValueSource(strings = {"style.css", "signboard.css"})
    void theRootFontIsAtLeast18PxAndNoTextIsSmallerThan16Px(String name) throws IOException {
        Sheet sheet = Sheet.read(name);
        String root = sheet.rules().stream().filter(r -> r.selector().equals("html")).map(r -> r.get("font-size"))
                .flatMap(Optional::stream).findFirst().orElseThrow(() -> new AssertionError(name + " sets no root font size"));
        assertTrue(root.endsWith("%"), root);
        assertTrue(Double.parseDouble(root.replace("%", "")) * 16 / 100 >= 18, name + ": root font " + root);
        for (Rule rule : sheet.rules()) {
            px(rule).ifPresent(size -> assertTrue(size >= 16, name + ": " + rule.selector() + " is " + size + " px"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"style.css", "signboard.css"})
    void everyLineHeightIsAtLeastOneAndAHalf(String name) throws IOException {
        int found = 0;
        for (Rule rule : Sheet.read(name).rules()) {
            Optional<String> lineHeight = rule.get("line-height");
            if (lineHeight.isPresent()) {
                found++;
                assertTrue(lineHeight.get().matches("[0-9.]+"), rule.selector() + ": unitless, so it scales with the text");
                assertTrue(Double.parseDouble(lineHeight.get()) >= 1.5, name + ": " + rule.selector() + " line-height " + lineHeight.get());
            }
        }
        assertTrue(found > 0, name);
    }
}
