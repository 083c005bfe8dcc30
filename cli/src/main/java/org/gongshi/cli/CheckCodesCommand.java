package org.gongshi.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongshi.generator.BuildException;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.generator.mask.PayslipCodes;
import org.gongshi.generator.opendata.CsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check-codes", mixinStandardHelpOptions = true,
        description = "写出每名务工人员的核对码（CSV：项目编号、姓名、身份证号后4位、村组、核对码），供打印工资条。"
                + "文件含姓名，仅供本单位使用，不要公开。密钥与 build 相同：环境变量 GONGSHI_CHECK_CODE_SECRET_FILE 或 GONGSHI_CHECK_CODE_SECRET。")
final class CheckCodesCommand implements Callable<Integer> {

    @Mixin
    SourceDirs sources;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "写入的 CSV 文件（UTF-8，Excel 可直接打开）")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<PayslipCodes.Row> rows;
        try {
            rows = SiteBuilder.payslipCodes(sources.contentDir(), System.getenv());
        } catch (BuildException e) {
            System.err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
        byte[] csv = CsvWriter.write(List.of("项目编号", "姓名", "身份证号后4位", "村组", "核对码"), rows.stream()
                .map(r -> List.of(r.projectCode(), r.name(), r.idLastFour(), r.villageGroup(), r.checkCode())).toList());
        try (OutputStream file = Files.newOutputStream(out)) {
            file.write(csv);
        }
        System.out.println("已写出 " + rows.size() + " 名务工人员的核对码：" + out);
        System.out.println("此文件含务工人员姓名，只用于打印工资条，请勿公开、不要放进内容目录。");
        return ExitCodes.OK;
    }
}
