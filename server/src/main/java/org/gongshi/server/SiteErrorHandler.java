package org.gongshi.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Every error as a short Chinese page. It shows the status only: Jetty's messages and exceptions
 * describe the server's insides, which the public has no use for and attackers do.
 */
final class SiteErrorHandler extends ErrorHandler {

    private final PageShell shell;
    /** The site's own 404 page when the build wrote one, so "not found" looks like the rest of the site. */
    private final Path siteNotFoundPage;

    SiteErrorHandler(PageShell shell, Path siteDir) {
        this.shell = shell;
        this.siteNotFoundPage = siteDir.resolve("404.html");
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    /**
     * Jetty writes a page only for GET, HEAD and POST; a refused PUT or DELETE got an empty body. Whoever meets
     * one (a misconfigured form, an unusual client) should read what happened like everyone else.
     */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeadersHandler.addTo(response, shell.stylesheet());
        return super.handle(request, response, callback);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (code == HttpStatus.NOT_FOUND_404 && Files.isRegularFile(siteNotFoundPage)) {
            Responses.send(response, callback, code, Responses.HTML, Files.readAllBytes(siteNotFoundPage));
            return;
        }
        String title = title(code);
        String main = "<h1>" + title + "</h1>\n<p class=\"error-explanation\">" + explanation(code) + "</p>\n"
                + PageShell.searchForm("")
                + "<p><a href=\"/\">返回首页</a></p>\n";
        Responses.send(response, callback, code, Responses.HTML, shell.render(title, main));
    }

    private static String title(int code) {
        return switch (code) {
            case HttpStatus.NOT_FOUND_404 -> "页面不存在";
            case HttpStatus.BAD_REQUEST_400 -> "请求无效";
            case HttpStatus.METHOD_NOT_ALLOWED_405 -> "不支持的请求方式";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "提交的内容过大";
            case HttpStatus.URI_TOO_LONG_414 -> "网址过长";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "请求头过大";
            case HttpStatus.FORBIDDEN_403 -> "无法接受这个请求";
            case HttpStatus.TOO_MANY_REQUESTS_429 -> "提交过于频繁";
            default -> code >= 500 ? "服务器出错" : "无法完成请求";
        };
    }

    private String explanation(int code) {
        String phone = shell.phoneLine().isEmpty() ? "" : "如情况紧急，请拨打" + shell.phoneLine() + "。";
        if (code == HttpStatus.PAYLOAD_TOO_LARGE_413) {
            return "提交的内容超过了网站能接收的上限（举报内容不超过 2000 字）。请返回上一页，删减后再提交。" + phone;
        }
        if (code == HttpStatus.URI_TOO_LONG_414) {
            return "网址超过了网站能接收的长度。如果是在搜索，请缩短搜索词后再试。";
        }
        if (code == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431) {
            return "浏览器随请求发送的附加信息（通常是 Cookie）超过了网站能接收的上限。请清除本网站的 Cookie 后再试。";
        }
        if (code == HttpStatus.TOO_MANY_REQUESTS_429) {
            return "同一网络在短时间内提交的次数太多，请过一段时间再试（通常几分钟即可）。" + phone;
        }
        if (code == HttpStatus.FORBIDDEN_403) {
            return "这个表单不是从本网站的页面提交的，出于安全考虑不予接受。请打开本网站的举报页面重新填写。" + phone;
        }
        if (code == HttpStatus.NOT_FOUND_404) {
            return "您访问的页面不存在，可能是地址有误。可以搜索项目名称或编号，或返回首页查看最新公示。";
        }
        if (code >= 500) {
            return "服务器暂时无法处理这个请求（错误代码 " + code + "），请稍后再试。";
        }
        return "这个请求无法完成（错误代码 " + code + "）。";
    }
}
