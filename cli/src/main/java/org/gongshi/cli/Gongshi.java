package org.gongshi.cli;

import java.util.concurrent.Callable;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongshi} command: builds the public-disclosure site and serves it. */
@Command(name = "gongshi", mixinStandardHelpOptions = true, version = "gongshi 0.1.0",
        description = "以工代赈项目公示网站：从项目记录生成静态网站并提供检索。",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, SampleCommand.class,
                ComplaintsCommand.class, StaffCommand.class, VerifyCommand.class, CheckCodesCommand.class})
public final class Gongshi implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        // OrientDB (inside JBake) logs through java.util.logging; route it to logback's quiet config.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        return new CommandLine(new Gongshi())
                .setExecutionExceptionHandler(new PlainErrors())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
