package org.gongshi.server;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The site's files, following {@code OUT/site} from release to release. A build publishes by pointing that link at a
 * new release folder; each request is served by a {@link ResourceHandler} rooted at the folder the link named when the
 * request arrived. A new release gets a new handler, so Jetty's content cache can never answer with a file of the
 * release before, and every file of the new one is seen at once. A plain folder is simply served.
 * <p>
 * This runs for every page a visitor opens, so it asks the file system as little as it can: the link is read (lstat,
 * readlink) rather than resolved component by component, and a directory's welcome file is asked for by name.
 */
final class PublishedSite extends Handler.Abstract {

    /** @param named the folder {@code OUT/site} named when this release was set up: the link's target, or itself */
    private record Release(Path named, ResourceHandler files) {
    }

    private final Path site;
    private volatile Release current;

    PublishedSite(Path site) {
        this.site = site;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        ResourceHandler files = release(request).files();
        String path = request.getHttpURI().getPath();
        if (path != null && path.endsWith("/")) {
            // Most of the site is directories (/p/CODE/). Jetty's content cache keeps no directories, so finding a
            // directory's welcome file costs a realpath and stats of the directory on every request; the welcome file
            // itself is answered from the cache. A directory without one is then simply not found, and not listed.
            HttpURI welcome = HttpURI.build(request.getHttpURI()).path(path + SiteServer.WELCOME_FILE).asImmutable();
            return files.handle(new Request.Wrapper(request) {
                @Override
                public HttpURI getHttpURI() {
                    return welcome;
                }
            }, response, callback);
        }
        return files.handle(request, response, callback);
    }

    private Release release(Request request) throws Exception {
        // Release folders are never reused, so the link's text names one release for good.
        Path named = Files.isSymbolicLink(site) ? site.resolveSibling(Files.readSymbolicLink(site)) : site;
        Release release = current;
        if (release != null && release.named().equals(named)) {
            return release;
        }
        synchronized (this) {
            release = current;
            if (release == null || !release.named().equals(named)) {
                // The real path: Jetty refuses, as an alias, any file whose real path differs from the path it was
                // asked for, and the folders above OUT may well be links themselves.
                ResourceHandler files = SiteServer.staticFiles(named.toRealPath());
                files.setServer(getServer());
                files.setMimeTypes(request.getContext().getMimeTypes());
                files.start();
                Release previous = current;
                current = release = new Release(named, files);
                if (previous != null) {
                    previous.files().stop();
                }
            }
            return release;
        }
    }

    @Override
    protected void doStop() throws Exception {
        Release release = current;
        if (release != null) {
            release.files().stop();
        }
        super.doStop();
    }
}
