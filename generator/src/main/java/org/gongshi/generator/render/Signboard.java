package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.model.Public;

/**
 * What a printed board at the work site carries, for both its HTML print page and its SVG for sign makers:
 * the permanent signboard (永久性公示牌) once a project is completed, the notice board (公开栏) before that.
 * {@code qrText} is the uppercase URL the QR code encodes.
 */
@Public
public record Signboard(String heading, String projectName, String code, List<Fact> facts, String hotline,
                        String office, String qrText) {

    public Signboard {
        facts = List.copyOf(facts);
    }

    /** One labelled line of the board, e.g. 建设内容 — the text as published on the notice page. */
    @Public
    public record Fact(String label, String value) {
    }
}
