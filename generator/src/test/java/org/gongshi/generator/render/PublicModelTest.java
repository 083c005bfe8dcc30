package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.ProjectRecord;
import org.gongshi.generator.model.Public;
import org.gongshi.generator.model.WagePayment;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The publishing allowlist: page models are built only from types marked {@link Public}. Every component and every
 * public method of a public type — what a template can call — must lead to public types or plain values only, and the
 * renderer refuses any other type of this project.
 */
class PublicModelTest {

    /** Every type of this project a template could reach from the public types, with how; empty when all are public. */
    static List<String> privateTypesReachable(List<Class<?>> roots) {
        Map<Class<?>, String> seen = new HashMap<>();
        Deque<Class<?>> queue = new ArrayDeque<>();
        List<String> reached = new ArrayList<>();
        for (Class<?> root : roots) {
            seen.put(root, root.getSimpleName());
            queue.add(root);
        }
        while (!queue.isEmpty()) {
            Class<?> type = queue.poll();
            for (Map.Entry<String, Type> member : members(type).entrySet()) {
                for (Class<?> next : classesIn(member.getValue())) {
                    if (!next.getName().startsWith("org.gongshi.") || seen.containsKey(next)) {
                        continue;
                    }
                    String path = seen.get(type) + "." + member.getKey() + " → " + next.getSimpleName();
                    seen.put(next, path);
                    if (next.isAnnotationPresent(Public.class)) {
                        queue.add(next);
                    } else {
                        reached.add(path);
                    }
                }
            }
        }
        return reached.stream().sorted().toList();
    }

    /** Record components and public methods, by name: what Freemarker lets a template read or call. */
    private static Map<String, Type> members(Class<?> type) {
        Map<String, Type> members = new HashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                members.put(c.getName(), c.getGenericType());
            }
        }
        for (Method m : type.getMethods()) {
            Class<?> owner = m.getDeclaringClass();
            if (!Modifier.isStatic(m.getModifiers()) && owner != Object.class && owner != Record.class && owner != Enum.class) {
                members.put(m.getName() + "()", m.getGenericReturnType());
                for (Type parameter : m.getGenericParameterTypes()) {
                    members.put(m.getName() + "(…)", parameter);
                }
            }
        }
        return members;
    }

    private static List<Class<?>> classesIn(Type type) {
        List<Class<?>> classes = new ArrayList<>();
        if (type instanceof Class<?> c) {
            classes.add(c.isArray() ? c.getComponentType() : c);
        } else if (type instanceof ParameterizedType p) {
            classes.addAll(classesIn(p.getRawType()));
            for (Type argument : p.getActualTypeArguments()) {
                classes.addAll(classesIn(argument));
            }
        } else if (type instanceof GenericArrayType a) {
            classes.addAll(classesIn(a.getGenericComponentType()));
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                classes.addAll(classesIn(bound));
            }
        }
        return classes;
    }

    /** Every class of the generator marked {@link Public}, read from the compiled classes. */
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException {
        Path classes = Path.of(Public.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace('\\', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> type = Class.forName(name, false, Public.class.getClassLoader());
                    if (type.isAnnotationPresent(Public.class)) {
                        types.add(type);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new AssertionError("cannot load " + name, e);
                }
            }
        }
        return types;
    }

    @Test
    void everyTypeATemplateCanReachFromAPageModelIsMarkedPublic() throws IOException, URISyntaxException {
        List<Class<?>> roots = publicTypes();
        for (Class<?> page : Pages.class.getDeclaredClasses()) {
            assertTrue(page.isAnnotationPresent(Public.class), "page model " + page.getSimpleName() + " is marked public");
        }
        assertTrue(roots.contains(PublicProject.class));
        assertEquals(List.of(), privateTypesReachable(roots));
    }

    @Test
    void theRostersTypesAreNeverMarkedPublic() {
        for (Class<?> type : List.of(Worker.class, WagePayment.class, ProjectRecord.class)) {
            assertFalse(type.isAnnotationPresent(Public.class), type.getSimpleName());
        }
    }

    /** A page model someone might write: the public view, and the record it was masked from. */
    @Public
    record CarelessPage(PublicProject notice, ProjectRecord record) {
    }

    @Test
    void aPageModelThatHoldsARosterRowIsCaught() {
        assertEquals(List.of("CarelessPage.record → ProjectRecord"), privateTypesReachable(List.of(CarelessPage.class)));
    }

    @Test
    void theRendererRefusesAPrivateTypeAndPrintsPublicOnes(@TempDir Path dir) throws IOException, TemplateException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("t.ftl"), "<#ftl output_format=\"HTML\">${page.name}");
        TemplateRenderer renderer = new TemplateRenderer(templates, dir.resolve("site"));
        Worker worker = new Worker("吴琳玲", "419923198002254982", "新华村七组", "13274252553", "中国农业银行",
                "6299018797135828781", WorkerGroup.OTHER, "普工");

        TemplateException refused = assertThrows(TemplateException.class,
                () -> renderer.render("t.ftl", Map.of("page", worker), "/worker.html"));

        assertTrue(refused.getMessage().contains("org.gongshi.generator.model.Worker"), refused.getMessage());
        assertFalse(Files.exists(dir.resolve("site/worker.html")));
        renderer.render("t.ftl", Map.of("page", new Pages.ShortUrl("2023-QH-0012", "王楼村道路", "/p/2023-QH-0012/")), "/ok.html");
        assertEquals("王楼村道路", Files.readString(dir.resolve("site/ok.html")));
    }
}
