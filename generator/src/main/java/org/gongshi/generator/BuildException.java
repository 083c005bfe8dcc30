package org.gongshi.generator;

/** A build that could not finish for a reason other than invalid content; nothing was published. */
public final class BuildException extends Exception {

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }

    public BuildException(String message) {
        super(message);
    }
}
