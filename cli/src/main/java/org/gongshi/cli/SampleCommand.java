package org.gongshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.generator.sample.SampleContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "生成一套虚构的示例内容（用于测试和性能测试）；同样的项目数和种子得到完全相同的文件。")
final class SampleCommand implements Callable<Integer> {

    @Option(names = "--projects", required = true, paramLabel = "N", description = "项目数")
    int projects;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "写入的目录")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "随机种子（默认 1）")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (projects < 1) {
            System.err.println("--projects 至少为 1");
            return ExitCodes.USAGE;
        }
        long start = System.nanoTime();
        SampleContent.Summary summary = SampleContent.write(out, projects, seed);
        System.out.printf("已写入示例内容 %s：%s，用时 %.1f 秒%n", out, summary, (System.nanoTime() - start) / 1e9);
        return ExitCodes.OK;
    }
}
