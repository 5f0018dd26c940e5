package dev.diplomacy.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints findings on standard output as they are found, as text (one a line) or as one JSON array
 * (one object a line).
 */
abstract class DiagnosticPrinter {

  /** The format of the findings. */
  enum Format {
    /** One line each: {@code file:line:column: severity code pointer: message}. */
    TEXT,
    /** A JSON array of objects {@code {file, line, column, severity, code, pointer, message}}. */
    JSON
  }

  final PrintWriter out;

  private DiagnosticPrinter(PrintWriter out) {
    this.out = out;
  }

  /** A printer to {@code out} in {@code format}. */
  static DiagnosticPrinter of(Format format, PrintWriter out) {
    return format == Format.JSON ? new Json(out) : new Text(out);
  }

  /** Prints one finding. */
  abstract void print(Diagnostic d);

  /** Ends the output. */
  abstract void finish();

  private static final class Text extends DiagnosticPrinter {
    Text(PrintWriter out) {
      super(out);
    }

    @Override
    void print(Diagnostic d) {
      out.println(d.toText());
    }

    @Override
    void finish() {
      out.flush();
    }
  }

  /**
   * {@code [}, the objects separated by {@code ,} and a line break, {@code ]}: valid JSON, even
   * when empty.
   */
  private static final class Json extends DiagnosticPrinter {
    private final JsonMapper mapper = JsonMapper.shared();
    private boolean first = true;

    Json(PrintWriter out) {
      super(out);
      out.print("[");
    }

    @Override
    void print(Diagnostic d) {
      Map<String, @Nullable Object> object = new LinkedHashMap<>();
      object.put("file", d.file());
      object.put("line", d.line().isPresent() ? d.line().getAsLong() : null);
      object.put("column", d.column().isPresent() ? d.column().getAsInt() : null);
      object.put("severity", d.severityName());
      object.put("code", d.code());
      object.put("pointer", d.pointer().orElse(null));
      object.put("message", d.message());
      out.print(first ? "\n" : ",\n");
      out.print(mapper.writeValueAsString(object));
      first = false;
    }

    @Override
    void finish() {
      out.println(first ? "]" : "\n]");
      out.flush();
    }
  }
}
