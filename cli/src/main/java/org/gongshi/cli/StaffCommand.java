package org.gongshi.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code gongshi staff}: the staff desk's accounts. Accounts are made here only; the desk has no sign-up. */
@Command(name = "staff", mixinStandardHelpOptions = true,
        description = "管理举报办理工作台（/staff）的工作人员账号。",
        subcommands = StaffAddCommand.class)
final class StaffCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }
}
