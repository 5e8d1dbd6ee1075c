package io.lifeboat.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/** The drill score per quarter as a chart, PNG (for the HTML report) and SVG (to print or zoom). */
public final class TrendChart {
    private TrendChart() {
    }

    static CategoryChart chart(List<Trend.Point> points) {
        System.setProperty("java.awt.headless", "true");
        CategoryChart chart = new CategoryChartBuilder().width(640).height(320).title("Drill score by quarter")
                .xAxisTitle("quarter").yAxisTitle("score").build();
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsPosition(0.9);
        chart.getStyler().setAnnotationTextFontColor(java.awt.Color.WHITE);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        List<String> x = points.stream().map(p -> p.quarter() + " " + p.scenario()).toList();
        List<Double> y = points.stream().map(p -> Math.round(p.score() * 10) / 10.0).toList();
        if (x.isEmpty()) {
            x = List.of("no ended runs");
            y = List.of(0.0);
        }
        chart.addSeries("score", x, y);
        return chart;
    }

    public static byte[] png(List<Trend.Point> points) {
        try {
            return BitmapEncoder.getBitmapBytes(chart(points), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code base}.png and {@code base}.svg. */
    public static void write(List<Trend.Point> points, Path base) {
        try {
            CategoryChart chart = chart(points);
            BitmapEncoder.saveBitmap(chart, base.toString(), BitmapEncoder.BitmapFormat.PNG);
            VectorGraphicsEncoder.saveVectorGraphic(chart, base.toString(), VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
