package org.gongshi.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.gongshi.generator.Problem;
import org.gongshi.generator.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "check", mixinStandardHelpOptions = true, description = "只检查内容，不生成网站。每处问题一行：文件:行: 字段: 说明。")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceDirs sources;

    @Override
    public Integer call() throws Exception {
        List<Problem> problems = SiteBuilder.check(sources.contentDir());
        if (problems.isEmpty()) {
            System.out.println("内容检查通过：" + sources.contentDir());
            return ExitCodes.OK;
        }
        Builds.printProblems(problems);
        System.err.println("内容有 " + problems.size() + " 处问题");
        return ExitCodes.INVALID_INPUT;
    }
}
