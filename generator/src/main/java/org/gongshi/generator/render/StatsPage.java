package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.model.Public;

/** {@code /stats/}: the charts, each with its table and CSV; {@code projects} and {@code withdrawn} as counted. */
@Public
public record StatsPage(int projects, int withdrawn, List<StatsChart> charts) {

    public StatsPage {
        charts = List.copyOf(charts);
    }

    /**
     * One chart: its heading, notes on what it counts, the SVG made in Java, and the table with the same numbers
     * ({@code headings}, {@code rows}) whose CSV is at {@code csvUrl}.
     */
    @Public
    public record StatsChart(String id, String heading, List<String> notes, String svg, String caption,
                             List<String> headings, List<List<String>> rows, String csvUrl) {

        public StatsChart {
            notes = List.copyOf(notes);
            headings = List.copyOf(headings);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
