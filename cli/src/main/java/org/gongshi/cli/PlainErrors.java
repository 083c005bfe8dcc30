package org.gongshi.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns any failure into one plain line on stderr; no stack trace reaches a user. */
final class PlainErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        commandLine.getErr().println("错误：" + message);
        if (Boolean.getBoolean("gongshi.debug")) {
            e.printStackTrace(commandLine.getErr());
        }
        return ExitCodes.INVALID_INPUT;
    }
}
