package org.gongshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongshi.generator.BuildReport;
import org.gongshi.generator.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "检查内容并生成网站：写入 OUT/site 和 OUT/search-index。内容有问题时逐条列出，不写入任何文件。")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceDirs sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build", description = "输出目录（默认 build/）")
    Path out;

    @Option(names = "--full", description = "重新生成全部页面（默认只重新生成上次生成以来有改动的项目及各清单、统计页面）")
    boolean full;

    @Override
    public Integer call() throws Exception {
        return Builds.run(new SiteBuilder.Options(sources.contentDir(), sources.templatesDir(), out).full(full)).ok()
                ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
