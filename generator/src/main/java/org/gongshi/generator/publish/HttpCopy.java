package org.gongshi.generator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * A copy of the site on a web server, under a base URL. Each file is asked for twice, as a browser that does
 * not and one that does accept gzip, since the server may send a precompressed twin to the second.
 */
final class HttpCopy implements SiteCopy {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String basePath;
    private final HttpClient client;

    HttpCopy(String baseUrl) throws IOException {
        try {
            this.base = new URI(baseUrl);
        } catch (URISyntaxException e) {
            throw new IOException("网址格式不对：" + baseUrl, e);
        }
        if (base.getHost() == null) {
            throw new IOException("网址中没有主机名：" + baseUrl);
        }
        String path = base.getPath() == null ? "" : base.getPath();
        this.basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        this.client = client();
    }

    static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** One file fetched by its full URL: a manifest named on the command line. */
    static byte[] download(String url) throws IOException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IOException("网址格式不对：" + url, e);
        }
        return get(client(), uri, false, (in, compressed) -> in.readAllBytes())
                .orElseThrow(() -> new IOException("找不到 " + url));
    }

    @Override
    public String name(String path) {
        return uri(path).toString();
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        return get(client, uri(path), false, (in, compressed) -> in.readAllBytes());
    }

    @Override
    public Optional<String> sha256(String path) throws IOException {
        return get(client, uri(path), false, (in, compressed) -> Sha256.of(in, path).sha256());
    }

    /** Empty when the server answers without gzip: that answer is the plain file, already checked. */
    @Override
    public Optional<String> gzipSha256(String path) throws IOException {
        return get(client, uri(path), true,
                (in, compressed) -> compressed ? Optional.of(Sha256.of(in, path).sha256()) : Optional.<String>empty())
                .flatMap(Function.identity());
    }

    /** A web server cannot be listed; extra files stay unknown, which the report says. */
    @Override
    public Optional<List<String>> list() {
        return Optional.empty();
    }

    /** From {@code /releases/index.json}, since the folder itself cannot be listed. */
    @Override
    public List<Integer> releases() throws IOException {
        String path = "/" + Releases.FOLDER + "/index.json";
        Optional<byte[]> index = read(path);
        if (index.isEmpty()) {
            return List.of();
        }
        JsonNode entries = JsonText.parse(index.get(), name(path));
        List<Integer> releases = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (entry.path("release").canConvertToInt()) {
                releases.add(entry.path("release").asInt());
            }
        }
        return releases.stream().sorted().distinct().toList();
    }

    /** Reads an answer's body, already decompressed; {@code compressed} says whether it came gzipped. */
    private interface Body<T> {
        T read(InputStream in, boolean compressed) throws IOException;
    }

    private static HttpClient client() {
        // HTTP/1.1: what static hosts reliably speak, and each request in flight is one plain connection.
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The file at a URL, empty on 404 or 410; any other answer but 200 is an error naming the URL. */
    private static <T> Optional<T> get(HttpClient client, URI uri, boolean acceptGzip, Body<T> body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(ANSWER_TIMEOUT).GET();
        if (acceptGzip) {
            request.header("Accept-Encoding", "gzip");
        }
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (ConnectException e) {
            throw new SiteUnreachableException("无法连接到 " + uri.getScheme() + "://" + uri.getRawAuthority()
                    + "：" + reason(e) + "。请检查网址和网络。", e);
        } catch (HttpTimeoutException e) {
            throw new SiteUnreachableException("连接或等待 " + uri + " 超时：" + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("核对被中断");
        }
        try (InputStream in = response.body()) {
            int status = response.statusCode();
            if (status == 404 || status == 410) {
                return Optional.empty();
            }
            if (status != 200) {
                throw new IOException(uri + " 的回答是 HTTP " + status);
            }
            boolean compressed = response.headers().firstValue("Content-Encoding")
                    .filter(encoding -> encoding.equalsIgnoreCase("gzip")).isPresent();
            return Optional.of(body.read(compressed ? new GZIPInputStream(in) : in, compressed));
        }
    }

    /** The JDK's connect failures often carry no message at all, only causes. */
    private static String reason(Throwable e) {
        Optional<String> message = Optional.empty();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "找不到这个主机名";
            }
            if (message.isEmpty() && t.getMessage() != null) {
                message = Optional.of(t.getMessage());
            }
        }
        return message.orElse("连接不上（服务器没有在这个端口提供服务，或网络不通）");
    }

    /** A URL path under the base URL, percent-encoded: paths may hold Chinese file names. */
    private URI uri(String path) {
        try {
            return URI.create(new URI(base.getScheme(), base.getRawAuthority(), basePath + path, null, null).toASCIIString());
        } catch (URISyntaxException e) {
            // Manifest paths are checked to be plain site paths when read (see Manifest).
            throw new IllegalArgumentException(e);
        }
    }
}
