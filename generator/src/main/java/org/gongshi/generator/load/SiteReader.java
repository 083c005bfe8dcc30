package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Site;

/** Reads {@code site.json}. */
final class SiteReader {

    private SiteReader() {
    }

    static Optional<Site> read(Path file, Problems problems) {
        return JsonFile.read(file, problems).map(json -> {
            JsonFields f = new JsonFields(json, problems);
            String baseUrl = f.text("/baseUrl");
            if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[^\\s/]+(/\\S*)?")) {
                f.problem("/baseUrl", "应为 https://… 开头的网址，实际是“" + baseUrl + "”");
            }
            return new Site(
                    f.text("/title"),
                    f.text("/office"),
                    baseUrl.endsWith("/") ? baseUrl : baseUrl + "/",
                    f.text("/hotline"),
                    new LaborShareFloor(f.integer("/laborShareFloor/percent", 0, 100), f.text("/laborShareFloor/rule")),
                    json.root().path("sample").asBoolean(false));
        });
    }
}
