package dev.diplomacy.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart as standalone SVG 1.1: values over a row of periods, one line per series, with a
 * title, labelled axes, grid lines and a legend, readable in a browser or an image viewer without
 * any other file or tool. A missing value (NaN) breaks its line; every value has a dot, so a series
 * of one period is still seen. Colours are the Okabe–Ito palette, which readers with a
 * colour-vision deficiency can tell apart; beyond seven lines the dashes differ too.
 */
final class LineChart {

  /** One line: its label in the legend and its value for each period, NaN where it has none. */
  record Line(String label, double[] values) {}

  private static final String[] COLOURS = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"
  };
  private static final String[] DASHES = {"", "6 3", "2 3", "8 3 2 3"};
  private static final int WIDTH = 960;
  private static final int HEIGHT = 540;
  private static final int LEFT = 72;
  private static final int RIGHT = 250;
  private static final int TOP = 56;
  private static final int BOTTOM = 72;
  private static final int MIN_LABEL_GAP = 84;

  private LineChart() {}

  /**
   * The chart.
   *
   * @param title the title, above the chart
   * @param xTitle the name of the horizontal axis
   * @param yTitle the name of the vertical axis
   * @param periods the labels of the periods, left to right
   * @param yMin the bottom of the vertical axis
   * @param yMax the top of the vertical axis
   * @param yStep the distance between grid lines
   * @param lines the lines, each with one value per period
   */
  static String svg(
      String title,
      String xTitle,
      String yTitle,
      List<String> periods,
      double yMin,
      double yMax,
      double yStep,
      List<Line> lines) {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder out = new StringBuilder();
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n")
        .append("  <title>")
        .append(escape(title))
        .append("</title>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
        .append(text(WIDTH / 2.0, 30, "middle", 17, "bold", title));

    // Horizontal grid lines and the vertical axis's labels.
    for (double y = yMin; y <= yMax + yStep / 1e6; y += yStep) {
      double py = TOP + plotHeight * (yMax - y) / (yMax - yMin);
      boolean zero = Math.abs(y) < yStep / 1e6;
      out.append(
              String.format(
                  Locale.ROOT,
                  "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                      + " stroke-width=\"%s\"/>\n",
                  LEFT,
                  py,
                  LEFT + plotWidth,
                  py,
                  zero ? "#555555" : "#dddddd",
                  zero ? "1.2" : "1"))
          .append(text(LEFT - 8, py + 4, "end", 12, "normal", number(y)));
    }
    // The axes' frame and titles.
    out.append(
            String.format(
                Locale.ROOT,
                "  <rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\""
                    + " stroke=\"#555555\"/>\n",
                LEFT,
                TOP,
                plotWidth,
                plotHeight))
        .append(text(LEFT + plotWidth / 2.0, HEIGHT - 18, "middle", 13, "normal", xTitle))
        .append(
            String.format(
                Locale.ROOT,
                "  <text x=\"0\" y=\"0\" transform=\"translate(20 %.1f) rotate(-90)\""
                    + " text-anchor=\"middle\" font-size=\"13\">%s</text>\n",
                TOP + plotHeight / 2.0,
                escape(yTitle)));

    // The periods along the bottom: every one when they fit, else every k-th.
    int n = periods.size();
    int every = Math.max(1, (int) Math.ceil((double) n * MIN_LABEL_GAP / plotWidth));
    for (int i = 0; i < n; i += every) {
      double px = x(i, n, plotWidth);
      out.append(
              String.format(
                  Locale.ROOT,
                  "  <line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555555\"/>\n",
                  px,
                  TOP + plotHeight,
                  px,
                  TOP + plotHeight + 5))
          .append(text(px, TOP + plotHeight + 20, "middle", 12, "normal", periods.get(i)));
    }

    // The lines, their dots, and the legend.
    double ly = TOP + 10;
    for (int l = 0; l < lines.size(); l++) {
      Line line = lines.get(l);
      String colour = COLOURS[l % COLOURS.length];
      String dash = DASHES[(l / COLOURS.length) % DASHES.length];
      StringBuilder path = new StringBuilder();
      boolean open = false;
      StringBuilder dots = new StringBuilder();
      for (int i = 0; i < n && i < line.values().length; i++) {
        double v = line.values()[i];
        if (Double.isNaN(v)) {
          open = false;
          continue;
        }
        double px = x(i, n, plotWidth);
        double py = TOP + plotHeight * (yMax - clamp(v, yMin, yMax)) / (yMax - yMin);
        path.append(open ? " L" : (path.length() == 0 ? "M" : " M"))
            .append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
        open = true;
        dots.append(
            String.format(
                Locale.ROOT,
                "    <circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\"><title>%s, %s: %s"
                    + "</title></circle>\n",
                px,
                py,
                colour,
                escape(line.label()),
                escape(periods.get(i)),
                number(v)));
      }
      out.append("  <g>\n");
      if (path.length() > 0) {
        out.append("    <path d=\"")
            .append(path)
            .append("\" fill=\"none\" stroke=\"")
            .append(colour)
            .append("\" stroke-width=\"2\"");
        if (!dash.isEmpty()) {
          out.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        out.append("/>\n");
      }
      out.append(dots).append("  </g>\n");
      out.append(
          String.format(
              Locale.ROOT,
              "  <line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"3\"%s/>\n",
              LEFT + plotWidth + 16,
              ly,
              LEFT + plotWidth + 40,
              ly,
              colour,
              dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
      List<String> labelLines = wrap(line.label(), LEGEND_CHARACTERS);
      for (int k = 0; k < labelLines.size(); k++) {
        out.append(
            text(LEFT + plotWidth + 46, ly + 4 + 15 * k, "start", 12, "normal", labelLines.get(k)));
      }
      ly += 22 + 15 * (labelLines.size() - 1);
    }
    return out.append("</svg>\n").toString();
  }

  /** How many characters of a legend's label fit on one line, right of the plot. */
  private static final int LEGEND_CHARACTERS = 28;

  /**
   * The label in lines of at most {@code width} characters, broken at spaces (a word longer than
   * the line is left whole): {@code United Kingdom → United Kingdom} is two lines.
   */
  static List<String> wrap(String label, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String word : label.split(" ")) {
      if (current.length() > 0 && current.length() + 1 + word.length() > width) {
        lines.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    lines.add(current.toString());
    return lines;
  }

  private static double x(int i, int n, int plotWidth) {
    return n == 1 ? LEFT + plotWidth / 2.0 : LEFT + 20 + (plotWidth - 40) * (double) i / (n - 1);
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }

  private static String number(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    return s.equals("-0") ? "0" : s;
  }

  private static String text(
      double x, double y, String anchor, int size, String weight, String content) {
    return String.format(
        Locale.ROOT,
        "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>%s</text>\n",
        x,
        y,
        anchor,
        size,
        weight.equals("normal") ? "" : " font-weight=\"" + weight + "\"",
        escape(content));
  }

  /** The text with XML's special characters escaped, and characters XML 1.0 forbids replaced. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                  boolean allowed =
                      c == 0x9
                          || c == 0xA
                          || c == 0xD
                          || (c >= 0x20 && c <= 0xD7FF)
                          || (c >= 0xE000 && c <= 0xFFFD)
                          || c >= 0x10000;
                  out.appendCodePoint(allowed ? c : 0xFFFD);
                }
              }
            });
    return out.toString();
  }
}
