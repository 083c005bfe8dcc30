package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.model.Public;

/** {@code /data/}: every open-data file with its size and rows, and what each column means. */
@Public
public record DataPage(List<DataFile> files, List<FileColumns> schemas) {

    public DataPage {
        files = List.copyOf(files);
        schemas = List.copyOf(schemas);
    }

    /** One file: where it is, which years it covers ("全部年度" or "2023 年度"), its rows and its size in bytes. */
    @Public
    public record DataFile(String url, String name, String scope, int rows, long bytes, String size) {
    }

    /** The columns of the files named {@code names} (a CSV and its JSON share them). */
    @Public
    public record FileColumns(String id, List<String> names, String about, List<ColumnDoc> columns) {

        public FileColumns {
            names = List.copyOf(names);
            columns = List.copyOf(columns);
        }
    }

    /** One column: its name in the file, what it means, and its unit ("" for text). */
    @Public
    public record ColumnDoc(String name, String label, String unit) {
    }
}
