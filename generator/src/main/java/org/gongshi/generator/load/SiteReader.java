package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Site;

/** Reads {@code site.json}. */
final class SiteReader {

    private static final String ABSOLUTE_URL = "https?://[^\\s/]+(/\\S*)?";

    private SiteReader() {
    }

    static Optional<Site> read(Path file, Problems problems) {
        return JsonFile.read(file, problems).map(json -> {
            JsonFields f = new JsonFields(json, problems);
            String baseUrl = f.text("/baseUrl");
            if (!baseUrl.isEmpty() && !baseUrl.matches(ABSOLUTE_URL)) {
                f.problem("/baseUrl", "应为 https://… 开头的网址，实际是“" + baseUrl + "”");
            }
            // Optional: without it the server that serves the pages also answers search and the hotline.
            String serviceUrl = f.optionalText("/serviceUrl").orElse("/");
            // "//host/" would be another host without a scheme; a path must stay on this one.
            if (!serviceUrl.matches(ABSOLUTE_URL) && !serviceUrl.matches("/(?!/)\\S*")) {
                f.problem("/serviceUrl", "应为 https://… 开头的网址或以 / 开头的路径，实际是“" + serviceUrl + "”");
            }
            return new Site(
                    f.text("/title"),
                    f.text("/office"),
                    withSlash(baseUrl),
                    withSlash(serviceUrl),
                    f.text("/hotline"),
                    new LaborShareFloor(f.integer("/laborShareFloor/percent", 0, 100), f.text("/laborShareFloor/rule")),
                    f.has("/wageOverdueDays") ? f.integer("/wageOverdueDays", 1, 366) : ComplianceRules.DEFAULT_WAGE_OVERDUE_DAYS,
                    json.root().path("sample").asBoolean(false));
        });
    }

    /** Templates append paths ("search", "hotline") to these, so both always end in "/". */
    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
