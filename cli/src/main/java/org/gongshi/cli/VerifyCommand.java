package org.gongshi.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.generator.publish.SiteVerifier;
import org.gongshi.generator.publish.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "核对部署在网上（或复制到目录中）的网站与发布清单是否完全一致，列出被改动、缺少和多出的文件。")
final class VerifyCommand implements Callable<Integer> {

    @Option(names = "--site", required = true, paramLabel = "DIR_OR_URL",
            description = "要核对的网站：网址（http:// 或 https://），或网站文件所在的目录")
    String site;

    @Option(names = "--manifest", paramLabel = "FILE_OR_URL",
            description = "作为依据的发布清单（文件或网址）；默认用本机生成结果中最新的清单，没有时用网站自身最新的清单")
    Optional<String> manifest;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build",
            description = "本机输出目录（默认 build/），其中 site/releases/ 的清单作为可信依据")
    Path out;

    @Override
    public Integer call() throws Exception {
        VerifyReport report = SiteVerifier.verify(site, manifest, out.resolve(SiteBuilder.SITE), System.err::println);
        System.out.println("核对依据：" + report.trustedFrom());
        System.out.println("清单的 SHA-256：" + report.manifestSha256());
        report.findings().forEach(finding -> System.out.println(finding.line()));
        report.notes().forEach(note -> System.out.println("说明：" + note));
        System.out.println(report.summary());
        return report.ok() ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
    }
}
