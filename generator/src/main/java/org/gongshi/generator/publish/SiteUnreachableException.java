package org.gongshi.generator.publish;

import java.io.IOException;

/** The web server did not answer at all: checking the other files would only wait out the same timeout again. */
final class SiteUnreachableException extends IOException {

    SiteUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
