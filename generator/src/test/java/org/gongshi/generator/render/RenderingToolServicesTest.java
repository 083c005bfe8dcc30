package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.jbake.render.RenderingTool;
import org.junit.jupiter.api.Test;

/** As JBake's own ServiceLoaderTest: every line of our services file names a plug-in that loads. */
class RenderingToolServicesTest {

    @Test
    void everyRegisteredPluginLoads() throws IOException {
        List<String> registered;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/services/org.jbake.render.RenderingTool")) {
            registered = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
        List<String> loaded = ServiceLoader.load(RenderingTool.class).stream()
                .map(p -> p.type().getName()).toList();
        assertTrue(registered.size() >= 4, "plug-ins registered: " + registered);
        for (String name : registered) {
            assertTrue(loaded.contains(name), name + " is registered but does not load; loaded: " + loaded);
        }
    }
}
