package org.gongshi.server;

import java.nio.file.Path;
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
 */
final class PublishedSite extends Handler.Abstract {

    private record Release(Path folder, ResourceHandler files) {
    }

    private final Path site;
    private volatile Release current;

    PublishedSite(Path site) {
        this.site = site;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        return release(request).files().handle(request, response, callback);
    }

    private Release release(Request request) throws Exception {
        Path folder = site.toRealPath();
        Release release = current;
        if (release != null && release.folder().equals(folder)) {
            return release;
        }
        synchronized (this) {
            release = current;
            if (release == null || !release.folder().equals(folder)) {
                ResourceHandler files = SiteServer.staticFiles(folder);
                files.setServer(getServer());
                files.setMimeTypes(request.getContext().getMimeTypes());
                files.start();
                Release previous = current;
                current = release = new Release(folder, files);
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
