package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.opendata.Column;
import org.gongshi.generator.opendata.DataTable;
import org.gongshi.generator.opendata.OpenDataTables;

/**
 * {@code /data/}: {@code projects.csv}, {@code projects.json} and {@code wage-batches.csv} for all years and for
 * each year under {@code /data/{YEAR}/}, and the page that lists them and documents every column. The files are
 * made here, before the page, because the page gives their sizes.
 */
public final class OpenDataPages extends RecordPagesTool {

    static final String PROJECTS_CSV = "projects.csv";
    static final String PROJECTS_JSON = "projects.json";
    static final String WAGE_BATCHES_CSV = "wage-batches.csv";

    /** A file's bytes and how many records it holds. */
    private record File(String url, String name, String scope, int rows, byte[] bytes) {
    }

    @Override
    List<Output> pages(BuildContext context) {
        Map<Integer, List<PublicProject>> byYear = new TreeMap<>();
        context.projects().forEach(p -> byYear.computeIfAbsent(p.project().year(), y -> new ArrayList<>()).add(p));
        List<File> files = new ArrayList<>(files("/data/", "全部年度", context.projects()));
        byYear.forEach((year, projects) -> files.addAll(files("/data/" + year + "/", year + " 年度", projects)));
        List<Output> outputs = new ArrayList<>();
        files.forEach(f -> outputs.add(new Data(f.url(), f::bytes)));
        outputs.add(new Page("data.ftl", "/data/", new DataPage(
                files.stream().map(f -> new DataPage.DataFile(f.url(), f.name(), f.scope(), f.rows(), f.bytes().length,
                        size(f.bytes().length))).toList(),
                List.of(schema("projects", List.of(PROJECTS_CSV, PROJECTS_JSON),
                                "每个项目一行（JSON 为每个项目一个对象），含已撤销或合并的项目。", OpenDataTables.PROJECTS),
                        schema("wage-batches", List.of(WAGE_BATCHES_CSV),
                                "每个项目每个发放期间一行，只有汇总数字，不含任何个人的姓名、身份证号、电话或银行卡号。",
                                OpenDataTables.WAGE_BATCHES)))));
        return outputs;
    }

    private static List<File> files(String folder, String scope, List<PublicProject> projects) {
        DataTable<PublicProject> table = new DataTable<>(OpenDataTables.PROJECTS, projects);
        DataTable<OpenDataTables.BatchRow> batches = new DataTable<>(OpenDataTables.WAGE_BATCHES, OpenDataTables.batches(projects));
        return List.of(
                new File(folder + PROJECTS_CSV, PROJECTS_CSV, scope, projects.size(), table.csv()),
                new File(folder + PROJECTS_JSON, PROJECTS_JSON, scope, projects.size(), table.json()),
                new File(folder + WAGE_BATCHES_CSV, WAGE_BATCHES_CSV, scope, batches.rows().size(), batches.csv()));
    }

    private static <T> DataPage.FileColumns schema(String id, List<String> names, String about, List<Column<T>> columns) {
        return new DataPage.FileColumns(id, names, about,
                columns.stream().map(c -> new DataPage.ColumnDoc(c.name(), c.label(), c.unit())).toList());
    }

    /** "12,345 字节（12.1 KB）": bytes exactly, and a rounded size for people. */
    static String size(long bytes) {
        String exact = String.format(Locale.ROOT, "%,d 字节", bytes);
        if (bytes < 1024) {
            return exact;
        }
        long tenthsOfKb = (bytes * 10 + 512) / 1024;
        return exact + "（" + tenthsOfKb / 10 + "." + tenthsOfKb % 10 + " KB）";
    }
}
