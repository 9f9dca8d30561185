package nl.totalservice.onboarding.portal.web;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server as inline SVG: no script, readable by screen readers through
 * its table twin on the page. Widths are percentages of the scale's end.
 */
public record BarChart(List<Row> rows, int height) {

    /** A value to draw with its label and the text shown beside the bar. */
    public record Bar(String label, double value, String text) {
    }

    /** A bar placed on the chart. */
    public record Row(String label, String text, double width, int textY, int barY) {
    }

    static final int ROW_HEIGHT = 28;

    /** Bars of percentages: the scale runs to 100 (or further when a bar does). */
    public static BarChart of(List<Bar> bars) {
        return scaled(bars, Math.max(100, bars.stream().mapToDouble(Bar::value).max().orElse(0)));
    }

    /** Bars of counts: the largest count fills the width. */
    public static BarChart ofCounts(List<Bar> bars) {
        return scaled(bars, Math.max(1, bars.stream().mapToDouble(Bar::value).max().orElse(0)));
    }

    private static BarChart scaled(List<Bar> bars, double max) {
        List<Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW_HEIGHT;
            rows.add(new Row(bar.label(), bar.text(), Math.round(Math.max(0, bar.value()) / max * 1000) / 10.0, y + 11, y + 14));
        }
        return new BarChart(rows, Math.max(ROW_HEIGHT, bars.size() * ROW_HEIGHT));
    }
}
