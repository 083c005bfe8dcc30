package org.gongshi.generator.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.generator.mask.PublicProject;

/**
 * Everything a work-site board needs, per project: {@code /p/{CODE}/signboard/} to print (A3 or A4
 * landscape), {@code /p/{CODE}/signboard.svg} for sign makers and {@code /p/{CODE}/qr.svg}. The QR code holds
 * the upper-case URL {@code …/P/{CODE}}, so static hosts also get {@code /P/{CODE}/}, a page leading on to the
 * notice.
 */
public final class SignboardPages extends RecordPagesTool {

    @Override
    List<Output> pages(BuildContext context) {
        boolean shortUrls;
        try {
            shortUrls = context.caseSensitiveOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Encoding a QR code is the costly part; each project's is made once, on all cores, for both files.
        return context.renderedProjects().parallelStream().flatMap(p -> outputs(context, p, shortUrls).stream()).toList();
    }

    private static List<Output> outputs(BuildContext context, PublicProject p, boolean shortUrls) {
        String code = p.project().code();
        Signboard board = Signboards.of(p, context.site(), context.successorName(p));
        QrCode qr = QrCode.encode(board.qrText());
        List<Output> outputs = new ArrayList<>();
        outputs.add(p.withdrawn()
                ? context.tombstone(p, p.url() + "signboard/", "公示牌页面")
                : new Page("signboard.ftl", p.url() + "signboard/", new Pages.SignboardPage(p, board)));
        outputs.add(new Data(p.url() + "qr.svg", () -> utf8(qr.svg())));
        outputs.add(new Data(p.url() + "signboard.svg", () -> utf8(SignboardSvg.render(board, qr))));
        if (shortUrls) {
            outputs.add(new Page("short-url.ftl", "/P/" + code + "/", new Pages.ShortUrl(code, p.project().name(), p.url())));
        }
        return outputs;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
