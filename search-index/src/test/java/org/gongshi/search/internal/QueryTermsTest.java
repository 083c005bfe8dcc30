package org.gongshi.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryTermsTest {

    @Test
    void splitsOnWhitespaceAndPunctuation() {
        assertEquals(List.of("白石镇", "青龙村", "清淤"), QueryTerms.split(" 白石镇，青龙村\u3000(清淤)\"\t"));
    }

    @Test
    void keepsDashesInsideCodes() {
        assertEquals(List.of("2023-QH-0012"), QueryTerms.split("2023-QH-0012"));
        assertEquals(List.of("２０２３－ＱＨ－００１２"), QueryTerms.split("２０２３－ＱＨ－００１２"));
    }

    @Test
    void keepsDecimalPointsButNoOtherPoint() {
        assertEquals(List.of("4.3公里"), QueryTerms.split("4.3公里"));
        assertEquals(List.of("４．３公里"), QueryTerms.split("４．３公里"));
        assertEquals(List.of("杏花村", "公里"), QueryTerms.split("杏花村. .公里..."));
    }

    @Test
    void querySyntaxIsJustSeparators() {
        assertEquals(List.of("a", "b"), QueryTerms.split("a:b"));
        assertEquals(List.of("title", "白石镇", "2"), QueryTerms.split("title:白石镇~2"));
        assertEquals(List.of(), QueryTerms.split("*(((\"\u0000)"));
    }

    @Test
    void repeatedTermsCountOnce() {
        assertEquals(List.of("清淤"), QueryTerms.split("清淤 清淤"));
    }

    @Test
    void longInputIsCut() {
        assertEquals(List.of("白".repeat(QueryTerms.MAX_CHARS)), QueryTerms.split("白".repeat(10_000)));
        assertEquals(QueryTerms.MAX_TERMS, QueryTerms.split("a b c d e f g h i j k l m n o p q r s t").size());
    }
}
