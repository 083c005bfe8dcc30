package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class SiteBuilderTest {

    @Test
    void buildsTheEmbeddedContent() {
        BuildReport report = BuiltSite.report();
        System.out.println(report.summary());
        assertTrue(Files.isRegularFile(BuiltSite.site().resolve("index.html")));
    }
}
