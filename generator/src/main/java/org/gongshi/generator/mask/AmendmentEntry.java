package org.gongshi.generator.mask;

import org.gongshi.generator.model.Public;

/** One amendment as a notice page states it: "2024-05-10 建设内容、总投资调整：……；原因：……". */
@Public
public record AmendmentEntry(String date, String fields, String change, String reason) {
}
