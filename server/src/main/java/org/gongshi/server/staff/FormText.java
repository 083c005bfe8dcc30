package org.gongshi.server.staff;

import org.eclipse.jetty.util.Fields;

/** A text field of a desk form, as it is kept and shown. */
final class FormText {

    private FormText() {
    }

    /**
     * "" when absent; line breaks as LF (browsers send CRLF but count one character against maxlength);
     * without the C0 controls browsers never send in good faith (tab and line feed stay).
     */
    static String of(Fields fields, String name) {
        String value = fields.getValue(name);
        return value == null ? ""
                : value.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }
}
