package org.gongshi.generator.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.ComplaintLedger;
import org.gongshi.generator.model.Site;
import org.gongshi.generator.model.TypicalCase;
import org.gongshi.generator.publish.ReleaseLog;
import org.gongshi.generator.publish.Releases;
import org.gongshi.generator.publish.SitePaths;
import org.gongshi.search.SearchDocument;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * What the record-page plug-ins need, handed to them through the JBake configuration of one bake. JBake
 * instantiates plug-ins with ServiceLoader, so the configuration is the only non-static channel; keeping it
 * per bake lets {@code serve} rebuild in the same JVM.
 */
public final class BuildContext {

    static final String KEY = "gongshi.build";

    private final Site site;
    private final List<PublicProject> projects;
    private final List<TypicalCase> cases;
    private final Map<String, List<Pages.Link>> casesByCode = new HashMap<>();
    private final LocalDate asOf;
    private final boolean demoCheckCodes;
    private final Map<String, PublicProject> byCode = new HashMap<>();
    private final ComplaintReport complaints;
    private final TemplateRenderer renderer;
    private final List<Map<String, String>> nav;
    private final List<SearchDocument> authoredDocuments = Collections.synchronizedList(new ArrayList<>());
    private final List<PublicProject> rendered;

    /**
     * @param asOf the day the compliance flags were computed for
     * @param demoCheckCodes whether check codes come from the sample's published demo secret
     * @param rendered the codes of the projects whose own pages are rendered; empty for all of them (a full build)
     */
    public BuildContext(Site site, List<PublicProject> projects, List<TypicalCase> cases,
                        Optional<ComplaintLedger> complaints, TemplateRenderer renderer, List<Map<String, String>> nav,
                        LocalDate asOf, boolean demoCheckCodes, Optional<Set<String>> rendered) {
        this.site = site;
        this.projects = List.copyOf(projects);
        this.rendered = rendered.map(codes -> this.projects.stream().filter(p -> codes.contains(p.project().code())).toList())
                .orElse(this.projects);
        this.projects.forEach(p -> byCode.put(p.project().code(), p));
        this.cases = List.copyOf(cases);
        for (TypicalCase c : this.cases) {
            Pages.Link link = new Pages.Link(c.title(), c.url(), c.projectCodes().size());
            c.projectCodes().forEach(code -> casesByCode.computeIfAbsent(code, k -> new ArrayList<>()).add(link));
        }
        this.asOf = asOf;
        this.demoCheckCodes = demoCheckCodes;
        this.complaints = ComplaintReport.of(complaints, this.projects);
        this.renderer = renderer;
        this.nav = List.copyOf(nav);
    }

    /**
     * Hands this context to the plug-ins, and the portal settings to authored-page templates, which read them from
     * JBake's config map ({@code config.gongshi_site.title}, …); and has authored pages rendered as cases are.
     */
    public void attachTo(JBakeConfiguration config) {
        PageMarkdownEngine.register();
        config.setProperty(KEY, this);
        // One map, not a property per setting: commons-configuration splits a value at each comma into a list (a title
        // "甲,乙" failed the build); a map's values reach the templates as written.
        config.setProperty("gongshi.site", Map.of("title", site.title(), "hotline", site.hotline(),
                "serviceUrl", site.serviceUrl(), "baseUrl", site.baseUrl(), "sample", site.sample(), "nav", nav,
                "stylesheet", renderer.stylesheet()));
    }

    static Optional<BuildContext> of(JBakeConfiguration config) {
        return config.get(KEY) instanceof BuildContext context ? Optional.of(context) : Optional.empty();
    }

    public List<PublicProject> projects() {
        return projects;
    }

    /**
     * The projects whose own pages (everything under {@code /p/CODE/} and {@code /P/CODE/}) this build writes: all of
     * them, or in an incremental build only those whose records changed or that name a changed project.
     */
    List<PublicProject> renderedProjects() {
        return rendered;
    }

    /** Every URL path this build's record pages wrote so far, as {@code /p/X/} or {@code /data/projects.csv}. */
    public Set<String> writtenPaths() {
        return renderer.written();
    }

    Site site() {
        return site;
    }

    /** Typical cases, newest first. */
    List<TypicalCase> cases() {
        return cases;
    }

    /** The typical cases a project is part of. */
    List<Pages.Link> casesOf(String code) {
        return casesByCode.getOrDefault(code, List.of());
    }

    /** A project by code; validation made sure every code a case or a successor names exists. */
    PublicProject project(String code) {
        return byCode.get(code);
    }

    LocalDate asOf() {
        return asOf;
    }

    boolean demoCheckCodes() {
        return demoCheckCodes;
    }

    /** The tombstone page a withdrawn project serves at {@code path}, naming its successor. */
    RecordPagesTool.Page tombstone(PublicProject p, String path, String was) {
        return new RecordPagesTool.Page("tombstone.ftl", path, new Pages.Tombstone(p, successorName(p), was));
    }

    /** The name of the project that took over a withdrawn one; "" when none did. Validation made sure it exists. */
    String successorName(PublicProject p) {
        return p.withdrawal().stream().map(w -> w.successorCode()).filter(code -> !code.isEmpty())
                .map(code -> project(code).project().name()).findFirst().orElse("");
    }

    ComplaintReport complaints() {
        return complaints;
    }

    /** Search documents for authored Markdown pages, collected from JBake's content store during the bake. */
    public List<SearchDocument> authoredDocuments() {
        synchronized (authoredDocuments) {
            return List.copyOf(authoredDocuments);
        }
    }

    void addAuthoredDocument(SearchDocument document) {
        authoredDocuments.add(document);
    }

    /** {@code /releases/}: rendered last, once the release it lists has been recorded. */
    public void renderReleases(ReleaseLog log) throws IOException {
        try {
            render("releases.ftl", "/" + Releases.FOLDER + "/", log);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("发布记录页面生成失败：" + e.getMessage(), e);
        }
    }

    /**
     * Replaces the stylesheet JBake copied from the templates with the text every page inlines, so that the server's
     * own pages inline the same text and its Content-Security-Policy can name it by hash.
     */
    public void writeStylesheet() throws IOException {
        if (!renderer.stylesheet().isEmpty()) {
            write("/" + InlineStylesheet.FILE, renderer.stylesheet().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes bytes Java made to the file for a URL path, with its {@code .gz} twin. */
    void write(String path, byte[] bytes) throws IOException {
        renderer.write(path, bytes);
    }

    /**
     * False on a case-insensitive file system (macOS, Windows defaults), where {@code P/} would overwrite
     * {@code p/} — and where {@code /P/…} already finds the {@code p/} folder anyway.
     */
    boolean caseSensitiveOutput() throws IOException {
        return renderer.caseSensitiveOutput();
    }

    /**
     * Renders one page; the template sees {@code site}, {@code path}, its absolute URL as {@code pageUrl} (for
     * Open Graph) and the page model as {@code page}.
     */
    void render(String template, String path, Object page) throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("path", path);
        model.put("pageUrl", SitePaths.absolute(site.baseUrl(), path));
        model.put("page", page);
        model.put("nav", nav);
        renderer.render(template, model, path);
    }
}
