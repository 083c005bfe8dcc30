package org.gongshi.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongshi.server.ledger.ComplaintLedger;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintFilter;
import org.gongshi.server.store.ComplaintStore;
import org.gongshi.server.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "complaints", mixinStandardHelpOptions = true,
        description = "举报数据：导出公开的办理情况汇总。",
        subcommands = ComplaintsCommand.Export.class)
final class ComplaintsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "把举报办理情况汇总（只有件数、办理结果和公开答复，不含举报人信息和举报原文）"
                    + "写入内容目录，下次生成网站时公布。")
    static final class Export implements Callable<Integer> {

        @Mixin
        ComplaintStorage storage;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "content/complaints/ledger.json",
                description = "输出文件（默认 content/complaints/ledger.json）")
        Path out;

        @Override
        public Integer call() throws Exception {
            List<Complaint> complaints;
            try (Database database = storage.openExisting()) {
                complaints = new ComplaintStore(database).list(ComplaintFilter.all());
            }
            ObjectNode ledger = ComplaintLedger.of(complaints, Instant.now());
            ComplaintLedger.write(ledger, out);
            System.out.println("已导出 " + complaints.size() + " 件举报的办理情况（" + ledger.get("projects").size()
                    + " 个项目）到 " + out + "；重新生成网站后公布。");
            return ExitCodes.OK;
        }
    }
}
