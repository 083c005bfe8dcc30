package org.gongshi.server;

import org.eclipse.jetty.http.CompressedContentFormat;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.http.content.CachingHttpContentFactory;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ResourceService;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.gongshi.search.SearchIndex;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.DrainingSizeLimitHandler;
import org.gongshi.server.guard.GoneClientGuard;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.MethodGuard;
import org.gongshi.server.guard.PostGuard;
import org.gongshi.server.guard.ProgressDeadline;
import org.gongshi.server.hotline.Hotline;
import org.gongshi.server.hotline.HotlineFormHandler;
import org.gongshi.server.hotline.Hotlines;
import org.gongshi.server.hotline.ReceiptHandler;
import org.gongshi.server.hotline.StatusHandler;
import org.gongshi.server.staff.ComplaintHandler;
import org.gongshi.server.staff.ComplaintListHandler;
import org.gongshi.server.staff.LoginHandler;
import org.gongshi.server.staff.LogoutHandler;
import org.gongshi.server.staff.StaffArea;
import org.gongshi.server.staff.StaffDesk;
import org.gongshi.server.store.ComplaintStore;
import org.gongshi.server.store.Database;
import org.gongshi.server.store.StaffStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Assembles the whole HTTP handler tree, here and nowhere else:
 * <pre>
 * SecurityHeadersHandler
 *   └ MethodGuard (405 for anything but GET, HEAD, POST)
 *       └ ContextHandler "/"
 *           └ DrainingSizeLimitHandler (request bodies; 413 above the limit)
 *               └ EagerContentHandler (a form is read in full, asynchronously, before its handler runs)
 *                   └ GoneClientGuard (a request whose client left while sending goes no further)
 *                   └ Sequence: ShortUrlHandler (/P/{CODE} → /p/{CODE}/)
 *                               · GzipHandler └ SearchPageHandler (/search) · SearchApiHandler (/api/search)
 *                               · HotlineFormHandler (/hotline) · ReceiptHandler (/hotline/receipt)
 *                               · StatusHandler (/hotline/status)
 *                               · StaffArea (/staff/…: no-store, 404 for unknown paths)
 *                                   └ Sequence: LoginHandler (/staff, /staff/login) · LogoutHandler (/staff/logout)
 *                                               · ComplaintListHandler (/staff/complaints)
 *                                               · ComplaintHandler (/staff/complaints/{id})
 *                               · ResourceHandler (site files)
 * SiteErrorHandler for every error, 404 included
 * Connector: header size limits, idle timeout, ProgressDeadline (slow clients); NetworkConnectionLimit
 * IndexRefresher: picks up a newly published search index
 * </pre>
 */
public final class SiteServer {

    /**
     * Without an explicit charset Jetty sends text/plain as ISO-8859-1 and CSS, CSV, JS, SVG with none;
     * every text file of the site is UTF-8 Chinese.
     */
    private static final Map<String, String> UTF8_TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "json", "application/json;charset=utf-8",
            "xml", "application/xml;charset=utf-8",
            "txt", "text/plain;charset=utf-8",
            "csv", "text/csv;charset=utf-8",
            "svg", "image/svg+xml;charset=utf-8");

    /** What a directory's address (/p/CODE/) serves. */
    static final String WELCOME_FILE = "index.html";

    /**
     * Files kept in Jetty's content cache (its default is 2,048). A notice page rotates through the cache as one entry,
     * and with two thousand notices or more a visit to each in turn would evict every entry before it is asked for
     * again; the cache's byte limit (Jetty's default, 256 MB) still bounds the memory.
     */
    private static final int CACHED_FILES = 100_000;

    /** The most fields any form of the site has (the complaint form's); a form with more is refused. */
    private static final int FORM_FIELDS = 20;

    /** A rebuilt index is searchable this soon after the build publishes it. */
    private static final Duration INDEX_REFRESH = Duration.ofSeconds(1);

    private SiteServer() {
    }

    /**
     * Returns an unstarted server; the caller starts, joins and stops it, and closes the database after.
     *
     * @param keys the secrets complaints are sealed and hashed with; must stay the same for the database's life
     */
    public static Server create(ServerConfig config, Path siteDir, SearchIndex index, Database database, Keys keys) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(database, "database");
        if (!Files.isDirectory(siteDir)) {
            throw new IllegalArgumentException("site directory not found: " + siteDir);
        }
        Server server = new Server();
        server.addConnector(connector(server, config));
        // Beyond this the server stops accepting until connections close, rather than running out of file handles.
        server.addBean(new NetworkConnectionLimit(config.http().maxConnections(), server));

        SiteStylesheet stylesheet = new SiteStylesheet(siteDir);
        PageShell shell = new PageShell(config, stylesheet);
        Clock clock = Clock.systemUTC();
        ComplaintStore complaints = new ComplaintStore(database);
        Hotline hotline = new Hotline(complaints, keys);
        StaffDesk desk = new StaffDesk(new StaffStore(database), complaints, hotline, keys, clock);
        PostGuard guard = new PostGuard(config.formOrigins(), config.limits().posts());
        Handler.Sequence routes = new Handler.Sequence(
                new ShortUrlHandler(),
                compressed(new SearchPageHandler(index, shell)),
                new SearchApiHandler(index),
                new HotlineFormHandler(hotline, shell, guard, config.limits(), clock),
                new ReceiptHandler(hotline, shell, clock),
                new StatusHandler(hotline, shell, guard),
                new StaffArea(new Handler.Sequence(
                        new LoginHandler(desk, shell, guard, config.limits()),
                        new LogoutHandler(desk, shell, guard),
                        new ComplaintListHandler(desk, shell),
                        new ComplaintHandler(desk, shell, guard))),
                new PublishedSite(siteDir));
        // Forms are read in full, without holding a thread, before any handler sees them: the handlers read
        // them with FormFields.getFields, which would otherwise block a thread for as long as a client takes
        // to send its body, and a few hundred slow senders would leave no thread for anyone else.
        Handler formsFirst = new EagerContentHandler(new GoneClientGuard(routes),
                new EagerContentHandler.FormContentLoaderFactory(FORM_FIELDS, Hotlines.BODY_LIMIT));
        DrainingSizeLimitHandler bodyLimit = new DrainingSizeLimitHandler(Hotlines.BODY_LIMIT);
        bodyLimit.setHandler(formsFirst);
        ContextHandler root = new ContextHandler(bodyLimit, "/");
        // The ResourceHandler takes its MIME types from its context when it starts.
        UTF8_TYPES.forEach(root.getMimeTypes()::addMimeMapping);
        server.setHandler(new SecurityHeadersHandler(new MethodGuard(root), stylesheet));
        server.setErrorHandler(new SiteErrorHandler(shell, siteDir));
        server.addBean(new IndexRefresher(index, INDEX_REFRESH));
        return server;
    }

    /**
     * Search result pages are made per request, so they have no .gz twin, and with the inlined stylesheet they run to
     * 25 KB: compressed they fit the first round trip. They hold no secret for the reflected query to be guessed
     * against (BREACH), which is why the hotline and staff pages, with their form tokens, are left out.
     */
    private static Handler compressed(Handler handler) {
        return new GzipHandler(handler);
    }

    private static ServerConnector connector(Server server, ServerConfig config) {
        HttpLimits limits = config.http();
        HttpConfiguration http = new HttpConfiguration();
        // Version banners only help someone looking for a known vulnerability.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // Answers 400 to encoded dots, slashes and backslashes, path parameters and NULs in paths: named here
        // because PathTraversalTest relies on it, and the static files must never be looked up by such a path.
        http.setUriCompliance(UriCompliance.DEFAULT);
        // A larger head is answered 431 and the connection closed before anything else is read.
        http.setRequestHeaderSize(limits.requestHeaderBytes());
        http.setResponseHeaderSize(limits.responseHeaderBytes());
        if (config.behindProxy()) {
            // Only a proxy we were told about may name the client; otherwise anyone could pick the address
            // their rate limit is counted against.
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.host());
        connector.setPort(config.port());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addEventListener(new ProgressDeadline(connector.getScheduler(), limits.progressTimeout()));
        return connector;
    }

    /** The site's files as this server serves them: no listings, welcome files, .gz twins. */
    public static ResourceHandler staticFiles(Path siteDir) {
        ResourceHandler files = new ResourceHandler() {
            @Override
            protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized buffers) {
                HttpContent.Factory factory = super.newHttpContentFactory(buffers);
                if (factory instanceof CachingHttpContentFactory cache) {
                    cache.setMaxCachedFiles(CACHED_FILES);
                }
                return factory;
            }
        };
        files.setBaseResource(ResourceFactory.of(files).newResource(siteDir));
        // A listing would expose files the site does not link to (drafts, backups).
        files.setDirAllowed(false);
        files.setWelcomeFiles(WELCOME_FILE);
        // REHANDLE, not the default SERVE: SERVE sends a directory's index.html without looking for
        // its .gz twin, and directories (/p/CODE/) are most of the site.
        files.setWelcomeMode(ResourceService.WelcomeMode.REHANDLE);
        // The build writes a .gz twin next to each text file; serving it saves compressing per request.
        files.setPrecompressedFormats(CompressedContentFormat.GZIP);
        return files;
    }
}
