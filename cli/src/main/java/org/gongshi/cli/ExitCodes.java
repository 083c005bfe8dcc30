package org.gongshi.cli;

/** The exit codes of ARCHITECTURE.md's CLI contract. */
final class ExitCodes {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
