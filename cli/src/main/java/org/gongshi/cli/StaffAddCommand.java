package org.gongshi.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongshi.server.staff.Passwords;
import org.gongshi.server.store.Database;
import org.gongshi.server.store.StaffStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code gongshi staff add NAME}: creates a desk account. The password is typed twice at a terminal, without
 * echo; with no terminal (a script) it is one line of standard input. Never an option: options end up in
 * shell history and in the process list.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = "添加工作人员账号。在终端中输入两次密码（不显示）；无终端时从标准输入读取一行作为密码。")
final class StaffAddCommand implements Callable<Integer> {

    /** The staff table's name column holds this many characters. */
    private static final int MAX_NAME = 64;

    @Parameters(paramLabel = "NAME", description = "登录用户名，如 李科员（最多 64 个字）")
    String name;

    @Mixin
    ComplaintStorage storage;

    @Override
    public Integer call() throws Exception {
        String account = name.strip();
        if (account.isEmpty() || account.codePointCount(0, account.length()) > MAX_NAME
                || account.chars().anyMatch(Character::isISOControl)) {
            System.err.println("用户名须为 1 到 " + MAX_NAME + " 个字，且不含控制字符。");
            return ExitCodes.USAGE;
        }
        Optional<String> password = readPassword();
        if (password.isEmpty()) {
            return ExitCodes.USAGE;
        }
        Optional<String> weakness = Passwords.weakness(password.get());
        if (weakness.isPresent()) {
            System.err.println(weakness.get());
            return ExitCodes.USAGE;
        }
        String hash = Passwords.hash(password.get());
        try (Database database = storage.open()) {
            if (!new StaffStore(database).add(account, hash, Instant.now())) {
                System.err.println("用户名已存在：" + account);
                return ExitCodes.INVALID_INPUT;
            }
        }
        System.out.println("已添加工作人员：" + account);
        return ExitCodes.OK;
    }

    /** Empty, with the reason printed, when the two entries differ or nothing was read. */
    private static Optional<String> readPassword() throws IOException {
        Console console = System.console();
        if (!interactive(console)) {
            // Not closed: System.in belongs to the whole program.
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null) {
                System.err.println("没有读到密码：请在终端中运行，或从标准输入提供一行密码。");
                return Optional.empty();
            }
            return Optional.of(line);
        }
        char[] first = console.readPassword("密码（至少 %d 个字符）：", Passwords.MIN_LENGTH);
        char[] second = console.readPassword("再次输入密码：");
        try {
            if (first == null || second == null || !Arrays.equals(first, second)) {
                System.err.println("两次输入的密码不一致。");
                return Optional.empty();
            }
            return Optional.of(new String(first));
        } finally {
            Arrays.fill(first == null ? new char[0] : first, ' ');
            Arrays.fill(second == null ? new char[0] : second, ' ');
        }
    }

    /**
     * Java 17 has a Console only for a terminal; from Java 22 there is one for redirected streams too, and
     * only {@code isTerminal()} (absent from 17, so called by name) tells which.
     */
    private static boolean interactive(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException before22) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
