package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.file.Path;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Site;

/**
 * Any project.json gives a project record or problems, and so does any site.json: both readers get the same
 * bytes, as they share the JSON parsing and the field reads, and one target costs {@code mvn verify} less than two.
 */
class ContentJsonFuzzTest extends LoaderFuzzTest {

    private static final Site SITE = new Site("青禾县以工代赈项目公示平台", "青禾县发展和改革局", "https://gs.example.gov.cn/", "/",
            "0391-5550100", new LaborShareFloor(15, "劳务报酬占中央资金比例不低于15%"), 30, true);

    @Override
    void load(Path dir, byte[] bytes) throws IOException {
        read(dir.resolve("project.json"), bytes, (file, problems) -> JsonFile.read(file, problems)
                .map(json -> ProjectReader.read(new JsonFields(json, problems), SITE)));
        read(dir.resolve("site.json"), bytes, SiteReader::read);
    }
}
