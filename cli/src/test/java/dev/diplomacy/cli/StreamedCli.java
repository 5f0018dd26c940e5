package dev.diplomacy.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Runs {@code diplomacy convert --from icews - --to ndjson} on {@code args[1]} rows of the ICEWS
 * file {@code args[0]} repeated with new ids, given on standard input as they are read, the output
 * counted and dropped; prints the exit code, then what the tool said on standard error. Run in a
 * JVM of its own with a small heap ({@link CliConstantMemoryTest}).
 */
public final class StreamedCli {

  private StreamedCli() {}

  /** Runs it. */
  public static void main(String[] args) throws Exception {
    long[] bytes = {0};
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            bytes[0] += len;
          }
        };
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        DiplomacyCli.commandLine(
                new Terminal(
                    new RepeatedIcewsInput(Path.of(args[0]), Long.parseLong(args[1])),
                    out,
                    err,
                    false,
                    Terminal.PROGRESS_EVERY))
            .execute("convert", "--from", "icews", "-", "--to", "ndjson");
    System.out.println("exit " + code);
    System.out.print(err.toString(StandardCharsets.UTF_8));
    System.out.println("bytes " + bytes[0]);
  }
}
