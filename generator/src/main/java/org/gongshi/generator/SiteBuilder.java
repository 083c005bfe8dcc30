package org.gongshi.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.incremental.BuildState;
import org.gongshi.generator.incremental.Carried;
import org.gongshi.generator.incremental.Inputs;
import org.gongshi.generator.incremental.Plan;
import org.gongshi.generator.load.CheckCodeSecret;
import org.gongshi.generator.load.ContentLoader;
import org.gongshi.generator.load.LoadedCase;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.load.LoadedLedger;
import org.gongshi.generator.mask.CheckCodes;
import org.gongshi.generator.mask.Masker;
import org.gongshi.generator.mask.PayslipCodes;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.privacy.LeakScan;
import org.gongshi.generator.model.Site;
import org.gongshi.generator.publish.GzipTwins;
import org.gongshi.generator.publish.Publisher;
import org.gongshi.generator.publish.ReleaseEntry;
import org.gongshi.generator.publish.ReleaseLog;
import org.gongshi.generator.publish.Releases;
import org.gongshi.generator.publish.SitePaths;
import org.gongshi.generator.publish.Sitemap;
import org.gongshi.generator.publish.UrlLedger;
import org.gongshi.generator.render.BuildContext;
import org.gongshi.generator.render.Navigation;
import org.gongshi.generator.render.RecordPages;
import org.gongshi.generator.render.TemplateRenderer;
import org.gongshi.generator.search.ProjectDocuments;
import org.gongshi.generator.validate.AmendmentCheck;
import org.gongshi.generator.validate.ContentValidator;
import org.gongshi.search.SearchDocument;
import org.gongshi.search.SearchIndexWriter;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.RenderingException;

/**
 * The generator's facade: load → validate → mask → render → publish. Writes {@code OUT/site} and
 * {@code OUT/search-index}, or nothing at all.
 */
public final class SiteBuilder {

    public static final String SITE = "site";
    public static final String SEARCH_INDEX = "search-index";

    /**
     * Where content and templates come from and where the output goes; {@code asOf} is the day compliance flags are
     * computed for, {@code environment} where the check-code secret is looked up ({@link CheckCodeSecret}); {@code full}
     * renders every page even when only some records changed since the last build.
     */
    public record Options(Path contentDir, Path templatesDir, Path outDir, LocalDate asOf, Map<String, String> environment,
                          boolean full) {

        public Options {
            environment = Map.copyOf(environment);
        }

        /** An incremental build when the last build's state allows one. */
        public Options(Path contentDir, Path templatesDir, Path outDir, LocalDate asOf, Map<String, String> environment) {
            this(contentDir, templatesDir, outDir, asOf, environment, false);
        }

        /** The same build, but rendering every page whatever the last build left. */
        public Options full(boolean full) {
            return new Options(contentDir, templatesDir, outDir, asOf, environment, full);
        }

        /** Today in China, and this process's environment. */
        public Options(Path contentDir, Path templatesDir, Path outDir) {
            this(contentDir, templatesDir, outDir, LocalDate.now(BEIJING), System.getenv());
        }
    }

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private SiteBuilder() {
    }

    /** Load and validate only; every problem, sorted by file and line. */
    public static List<Problem> check(Path contentDir) {
        Problems problems = new Problems();
        loadAndValidate(contentDir, problems);
        return problems.sorted();
    }

    /**
     * Every roster worker's check code, for the office to print on pay slips; the check-code secret is read from
     * {@code environment} as a build reads it. Fails with the content's problems, or when no secret is set.
     */
    public static List<PayslipCodes.Row> payslipCodes(Path contentDir, Map<String, String> environment)
            throws BuildException {
        Problems problems = new Problems();
        LoadedContent content = loadAndValidate(contentDir, problems);
        Optional<CheckCodes> codes = CheckCodeSecret.read(environment, contentDir, content.site().sample(), true, problems);
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        return content.projects().stream().flatMap(p -> PayslipCodes.of(p.record(), codes.get()).stream()).toList();
    }

    /** The portal settings alone, for the server's page frame. */
    public static Site readSite(Path contentDir) throws BuildException {
        Problems problems = new Problems();
        Optional<Site> site = ContentLoader.readSite(contentDir, problems);
        if (site.isEmpty() || !problems.isEmpty()) {
            throw failure(problems);
        }
        return site.get();
    }

    private static BuildException failure(Problems problems) {
        return new BuildException(problems.sorted().stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    public static BuildReport build(Options options, Consumer<String> progress) throws BuildException {
        Optional<FileLock> lock;
        try {
            lock = Publisher.lock(options.outDir());
        } catch (IOException e) {
            throw new BuildException("无法写入输出目录 " + options.outDir() + "：" + e.getMessage(), e);
        }
        if (lock.isEmpty()) {
            throw new BuildException("另一个生成任务正在写入 " + options.outDir() + "，请等它结束后再生成");
        }
        try (FileChannel channel = lock.get().channel(); FileLock held = lock.get()) {
            return buildLocked(options, progress);
        } catch (IOException e) {
            throw new BuildException("无法释放输出目录的锁：" + e.getMessage(), e);
        }
    }

    private static BuildReport buildLocked(Options options, Consumer<String> progress) throws BuildException {
        long start = System.nanoTime();
        long started = System.currentTimeMillis();
        Problems problems = new Problems();
        progress.accept("读取并检查内容：" + options.contentDir());
        LoadedContent content = loadAndValidate(options.contentDir(), problems);
        Path published = options.outDir().resolve(SITE);
        boolean wagesPublished = content.projects().stream().anyMatch(p -> !p.record().wages().isEmpty());
        Optional<CheckCodes> checkCodes = CheckCodeSecret.read(options.environment(), options.contentDir(),
                content.site().sample(), wagesPublished, problems);
        if (!problems.isEmpty()) {
            return failed(problems.sorted(), content, start);
        }
        Optional<Path> previousRelease;
        Optional<Path> previousSite;
        Optional<BuildState> previous;
        Inputs inputs;
        Plan plan;
        try {
            previousRelease = Publisher.current(options.outDir(), SITE);
            previousSite = previousRelease.map(release -> release.resolve(SITE));
            previous = previousRelease.flatMap(BuildState::read);
            inputs = Inputs.of(options.contentDir(), options.templatesDir(), options.asOf(), checkCodes.get().fingerprint(), previous);
            plan = options.full() ? Plan.full("按要求完整生成") : Plan.of(previous, inputs,
                    SearchIndexWriter.build(options.outDir().resolve(SEARCH_INDEX)), content);
        } catch (IOException e) {
            throw new BuildException("无法读取上次生成的结果 " + options.outDir() + "：" + e.getMessage(), e);
        }
        AmendmentCheck.check(content, published, code -> plan.rendered().isEmpty() || plan.changed().contains(code), problems);
        if (!problems.isEmpty()) {
            return failed(problems.sorted(), content, start);
        }
        progress.accept(plan.incremental() ? plan.reason() : "完整生成：" + plan.reason());
        ComplianceRules rules = new ComplianceRules(options.asOf(), content.site().wageOverdueDays());
        List<PublicProject> projects = content.projects().parallelStream()
                .map(p -> Masker.mask(p.record(), checkCodes.get(), rules)).toList();
        progress.accept("已检查 " + projects.size() + " 个项目（" + seconds(start) + "），开始生成页面");
        Path staging;
        try {
            staging = Publisher.newStaging(options.outDir());
        } catch (IOException e) {
            throw new BuildException("无法创建输出目录 " + options.outDir() + "：" + e.getMessage(), e);
        }
        String build = UUID.randomUUID().toString();
        Path site = staging.resolve(SITE);
        try (Rendered rendered = plan.incremental()
                ? renderChanged(options, content, projects, checkCodes.get().demo(), plan, previous.orElseThrow(),
                        previousSite.orElseThrow(), site)
                : renderAll(options, content, projects, checkCodes.get().demo(), site, staging.resolve(SEARCH_INDEX))) {
            long ledgerStart = System.nanoTime();
            SortedSet<String> urls = UrlLedger.urlsOf(site);
            urls.addAll(writeSitemap(site, content.site(), urls));
            int pages = (int) urls.stream().filter(url -> url.endsWith("/") || url.endsWith(".html")).count();
            progress.accept("已生成 " + pages + " 个页面（" + seconds(start) + "），正在完成检索索引");
            UrlLedger ledger = UrlLedger.read(options.contentDir());
            List<Problem> vanished = ledger.vanished(site);
            if (!vanished.isEmpty()) {
                return failed(vanished, content, start);
            }
            long ledgerNanos = System.nanoTime() - ledgerStart;
            List<SearchDocument> documents = rendered.documents();
            long releaseStart = System.nanoTime();
            ReleaseLog releases = release(site, published, !ledger.isEmpty(), urls, rendered.carried(), progress);
            rendered.context().renderReleases(releases);
            long releaseNanos = System.nanoTime() - releaseStart;
            long scanStart = System.nanoTime();
            Set<String> earlierManifests = releases.releases().stream().skip(1)
                    .map(r -> "/" + Releases.FOLDER + "/" + r.release() + ".json").collect(Collectors.toSet());
            // Carried files, earlier manifests and, in an incremental build, pages rendered again to the same bytes were
            // scanned when the release that holds them was published.
            List<Problem> leaks = LeakScan.scan(content, site, path -> !rendered.carried().contains(path)
                    && !earlierManifests.contains(path)
                    && !(plan.incremental() && sameAsPublished(site, previousSite.orElseThrow(), path)), documents, options.asOf());
            if (!leaks.isEmpty()) {
                return failed(leaks, content, start);
            }
            progress.accept(String.format("隐私检查：未发现个人信息（用时 %.2f 秒）", (System.nanoTime() - scanStart) / 1e9));
            new BuildState(build, started, inputs, rendered.authored()).write(staging);
            Path release = Publisher.publish(staging, options.outDir(), SITE);
            rendered.publishIndex(release.resolve(SEARCH_INDEX), options.outDir().resolve(SEARCH_INDEX), build);
            long recordStart = System.nanoTime();
            ledger.record(urls);
            ledgerNanos += System.nanoTime() - recordStart;
            Set<Path> keep = new HashSet<>(Set.of(release));
            previousRelease.ifPresent(keep::add);
            Publisher.removeStale(options.outDir(), keep);
            progress.accept(String.format("网址记录用时 %.2f 秒，发布清单用时 %.2f 秒", ledgerNanos / 1e9, releaseNanos / 1e9));
            return new BuildReport(List.of(), projects.size(), pages, documents.size(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new BuildException("写入输出失败：" + e.getMessage(), e);
        } finally {
            try {
                Publisher.deleteTree(staging);
            } catch (IOException e) {
                progress.accept("未能清理临时目录 " + staging + "：" + e.getMessage());
            }
        }
    }

    /**
     * A staging site with every page in place, and how its search documents reach the published index. Closing it
     * without {@link #publishIndex} leaves the published index as it was.
     *
     * @param documents the search documents this build wrote, for the leak scan
     * @param carried   the site files (URL paths) linked unchanged from the published release
     * @param authored  the site files JBake made, which an incremental build carries
     */
    private record Rendered(BuildContext context, List<SearchDocument> documents, Set<String> carried, List<String> authored,
                            Optional<SearchIndexWriter> update) implements AutoCloseable {

        void publishIndex(Path staged, Path live, String build) throws IOException {
            if (update.isPresent()) {
                update.get().commit(build);
            } else {
                // Not swapped as a folder: a running server keeps reading the folder it opened.
                SearchIndexWriter.publish(staged, live, build);
                Publisher.deleteTree(staged);
            }
        }

        @Override
        public void close() throws IOException {
            if (update.isPresent()) {
                update.get().close();
            }
        }
    }

    private static Rendered renderAll(Options options, LoadedContent content, List<PublicProject> projects, boolean demoCheckCodes,
                                      Path site, Path index) throws BuildException, IOException {
        try (SearchIndexWriter writer = SearchIndexWriter.create(index)) {
            // The index needs only the public views, so it is written while the pages render.
            CompletableFuture<List<SearchDocument>> projectDocuments =
                    CompletableFuture.supplyAsync(() -> addProjects(writer, projects));
            BuildContext context;
            try {
                context = bake(options, content, projects, demoCheckCodes, site);
            } catch (BuildException | IOException | RuntimeException e) {
                projectDocuments.exceptionally(failure -> List.of()).join(); // let it finish before the staging folder goes
                throw e;
            }
            GzipTwins.writeMissing(site);
            List<SearchDocument> documents = new ArrayList<>(joinIndexing(projectDocuments));
            documents.addAll(context.authoredDocuments());
            addAll(writer, context.authoredDocuments());
            return new Rendered(context, documents, Set.of(), authored(site, context.writtenPaths()), Optional.empty());
        }
    }

    /**
     * The incremental build: the published release's authored pages and unchanged projects' pages are linked into the
     * staging site, the plan's projects and every list are rendered again, and their search documents replace the old
     * ones in the published index.
     */
    private static Rendered renderChanged(Options options, LoadedContent content, List<PublicProject> projects,
                                          boolean demoCheckCodes, Plan plan, BuildState previous, Path previousSite,
                                          Path site)
            throws BuildException, IOException {
        Set<String> again = plan.rendered().orElseThrow();
        Set<String> authored = Set.copyOf(previous.authored());
        Set<String> carried = Carried.link(previousSite, site, path -> authored.contains(path)
                || Optional.of(Carried.projectOf(path)).filter(code -> !code.isEmpty() && !again.contains(code)).isPresent());
        BuildContext context = context(options, content, projects, demoCheckCodes, site,
                options.contentDir().resolve("pages"), Optional.of(again));
        try {
            RecordPages.render(context);
            context.writeStylesheet();
        } catch (RenderingException e) {
            throw new BuildException("页面生成失败，网站未更新：" + e.getMessage(), e);
        }
        SearchIndexWriter update = SearchIndexWriter.update(options.outDir().resolve(SEARCH_INDEX));
        try {
            List<SearchDocument> documents = new ArrayList<>();
            for (String code : again) {
                update.deleteProject(code);
            }
            for (PublicProject p : projects) {
                if (again.contains(p.project().code())) {
                    documents.addAll(ProjectDocuments.of(p));
                }
            }
            addAll(update, documents);
            return new Rendered(context, documents, carried, previous.authored(), Optional.of(update));
        } catch (IOException | RuntimeException e) {
            update.close();
            throw e;
        }
    }

    private static BuildContext context(Options options, LoadedContent content, List<PublicProject> projects,
                                        boolean demoCheckCodes, Path site, Path pagesDir, Optional<Set<String>> rendered)
            throws IOException {
        return new BuildContext(content.site(), projects, content.cases().stream().map(LoadedCase::typicalCase).toList(),
                content.complaints().map(LoadedLedger::ledger), new TemplateRenderer(options.templatesDir(), site),
                Navigation.links(pagesDir), options.asOf(), demoCheckCodes, rendered);
    }

    private static boolean sameAsPublished(Path site, Path published, String path) {
        Path was = published.resolve(path.substring(1));
        try {
            return Files.isRegularFile(was) && Files.mismatch(site.resolve(path.substring(1)), was) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /** The files of a freshly baked site that record pages did not write: JBake's authored pages and assets. */
    private static List<String> authored(Path site, Set<String> written) throws IOException {
        Set<String> records = new HashSet<>();
        for (String url : written) {
            String file = "/" + SitePaths.fileFor(url);
            records.add(file);
            records.add(file + ".gz");
        }
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(Files::isRegularFile).map(f -> SitePaths.pathOf(site, f))
                    .filter(path -> !records.contains(path)).sorted().toList();
        }
    }

    /**
     * Adds this build to the release chain that the published site carries, or starts one. A content tree that
     * has published before but comes without its published site (a new machine) would start a second chain:
     * that is allowed, and said.
     */
    private static ReleaseLog release(Path site, Path published, boolean publishedBefore, SortedSet<String> urls,
                                      Set<String> carried, Consumer<String> progress) throws IOException {
        boolean hasHistory = Files.isDirectory(published.resolve(Releases.FOLDER));
        if (!hasHistory && (publishedBefore || Files.isDirectory(published))) {
            progress.accept("没有找到上次发布的发布记录（" + published.resolve(Releases.FOLDER) + "），发布记录从第 1 次发布开始。"
                    + "如果网站已经公开发布过，请先把已发布的网站复制到 " + published + " 再生成，以接上原来的发布记录");
        }
        ReleaseLog log = Releases.record(site, hasHistory ? Optional.of(published) : Optional.empty(), Instant.now(), carried);
        ReleaseEntry latest = log.releases().get(0);
        progress.accept((log.newRelease() ? "第 " : "内容与上次相同，仍是第 ") + latest.release() + " 次发布：" + latest.fileCount()
                + " 个文件，清单 SHA-256 " + latest.sha256() + "；共 " + urls.size() + " 个网址");
        return log;
    }

    /**
     * Written once every page is baked, so that it lists them all, and before the URL ledger and the release
     * manifest, so that both include it. {@code /releases/} is added by hand: it is rendered only after the
     * release it lists has been recorded.
     */
    private static List<String> writeSitemap(Path site, Site settings, SortedSet<String> urls) throws IOException {
        List<String> pages = new ArrayList<>(Sitemap.pagesOf(urls));
        pages.add("/" + Releases.FOLDER + "/");
        pages.sort(null);
        return Sitemap.write(site, settings.baseUrl(), pages);
    }

    private static BuildReport failed(List<Problem> problems, LoadedContent content, long start) {
        return new BuildReport(problems, content.projects().size(), 0, 0, Duration.ofNanos(System.nanoTime() - start));
    }

    private static BuildContext bake(Options options, LoadedContent content, List<PublicProject> projects,
                                     boolean demoCheckCodes, Path site) throws BuildException, IOException {
        Path pagesDir = options.contentDir().resolve("pages");
        if (!Files.isDirectory(pagesDir)) {
            pagesDir = Files.createDirectories(site.resolveSibling("no-pages"));
        }
        Files.createDirectories(site);
        DefaultJBakeConfiguration config;
        try {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                    options.contentDir().toFile(), site.toFile(), (java.io.File) null, false);
        } catch (RuntimeException e) {
            throw new BuildException("JBake 配置失败：" + e.getMessage(), e);
        }
        config.setDatabaseStore("memory");
        config.setContentFolder(pagesDir.toFile());
        config.setTemplateFolder(options.templatesDir().toFile());
        config.setAssetFolder(options.templatesDir().resolve("assets").toFile());
        config.setUriWithoutExtension(true);
        config.setPrefixForUriWithoutExtension("/");
        config.setTemplateFileNameForDocType("page", "page.ftl");
        for (String feature : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + feature, false);
        }
        BuildContext context = context(options, content, projects, demoCheckCodes, site, pagesDir, Optional.empty());
        context.attachTo(config);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
            StringBuilder message = new StringBuilder("页面生成失败，网站未更新：");
            oven.getErrors().forEach(e -> message.append('\n').append(e.getMessage()));
            throw new BuildException(message.toString());
        }
        context.writeStylesheet();
        return context;
    }

    private static List<SearchDocument> addProjects(SearchIndexWriter index, List<PublicProject> projects) {
        try {
            List<SearchDocument> added = new ArrayList<>();
            for (PublicProject p : projects) {
                List<SearchDocument> documents = ProjectDocuments.of(p);
                addAll(index, documents);
                added.addAll(documents);
            }
            return added;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void addAll(SearchIndexWriter index, List<SearchDocument> documents) throws IOException {
        for (SearchDocument doc : documents) {
            index.add(doc);
        }
    }

    private static List<SearchDocument> joinIndexing(CompletableFuture<List<SearchDocument>> indexing) throws IOException {
        try {
            return indexing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    private static String seconds(long startNanos) {
        return String.format("%.1f 秒", (System.nanoTime() - startNanos) / 1e9);
    }

    private static LoadedContent loadAndValidate(Path contentDir, Problems problems) {
        LoadedContent content = ContentLoader.load(contentDir, problems);
        ContentValidator.validate(content, problems, LocalDate.now(BEIJING));
        return content;
    }
}
