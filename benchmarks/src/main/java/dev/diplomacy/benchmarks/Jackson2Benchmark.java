package dev.diplomacy.benchmarks;

import dev.diplomacy.core.dossier.Dossier;
import dev.diplomacy.core.events.Event;
import dev.diplomacy.core.events.Meeting;
import dev.diplomacy.jackson2.DiplomacyJackson2;
import dev.diplomacy.json.DiplomacyJson;
import dev.diplomacy.json.NdjsonDossierReader;
import dev.diplomacy.json.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Jackson 2 binding against the Jackson 3 binding, in one run: the meeting ({@link
 * Fixtures#meeting()}), the dossier ({@link Fixtures#dossier()}) and the dossier's NDJSON, each
 * read and written by both. The goal is the Jackson 2 binding at 0.8 times the Jackson 3 binding's
 * throughput or better.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Jackson2Benchmark {

  private final DiplomacyJson jackson3 = DiplomacyJson.strict();
  private final DiplomacyJackson2 jackson2 = DiplomacyJackson2.strict();
  private final Meeting meeting = Fixtures.meeting();
  private final Dossier dossier = Fixtures.dossier();
  private final byte[] meetingBytes = Fixtures.json(meeting);
  private final byte[] dossierBytes = Fixtures.json(dossier);
  private byte[] ndjson;

  /** Checks that both bindings read and write the same bytes. */
  @Setup
  public void setUp() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter.writeDossier(jackson3, dossier, out);
    ndjson = out.toByteArray();
    require("meeting", jackson2.write(jackson2.read(meetingBytes, Event.class)), meetingBytes);
    require("dossier", jackson2.write(jackson2.read(dossierBytes, Dossier.class)), dossierBytes);
    require(
        "ndjson",
        new String(writeNdjsonJackson2(), java.nio.charset.StandardCharsets.UTF_8),
        ndjson);
  }

  private static void require(String what, String written, byte[] expected) {
    if (!Arrays.equals(written.getBytes(java.nio.charset.StandardCharsets.UTF_8), expected)) {
      throw new IllegalStateException("the Jackson 2 binding writes the " + what + " otherwise");
    }
  }

  /** Jackson 3 reads the meeting. */
  @Benchmark
  public Event readMeetingJackson3() {
    return jackson3.read(meetingBytes, Event.class);
  }

  /** Jackson 2 reads the meeting. */
  @Benchmark
  public Event readMeetingJackson2() {
    return jackson2.read(meetingBytes, Event.class);
  }

  /** Jackson 3 writes the meeting. */
  @Benchmark
  public String writeMeetingJackson3() {
    return jackson3.write(meeting);
  }

  /** Jackson 2 writes the meeting. */
  @Benchmark
  public String writeMeetingJackson2() {
    return jackson2.write(meeting);
  }

  /** Jackson 3 reads the dossier. */
  @Benchmark
  public Dossier readDossierJackson3() {
    return jackson3.read(dossierBytes, Dossier.class);
  }

  /** Jackson 2 reads the dossier. */
  @Benchmark
  public Dossier readDossierJackson2() {
    return jackson2.read(dossierBytes, Dossier.class);
  }

  /** Jackson 3 writes the dossier. */
  @Benchmark
  public String writeDossierJackson3() {
    return jackson3.write(dossier);
  }

  /** Jackson 2 writes the dossier. */
  @Benchmark
  public String writeDossierJackson2() {
    return jackson2.write(dossier);
  }

  /** Jackson 3 reads the dossier's NDJSON. */
  @Benchmark
  public Dossier readNdjsonJackson3() {
    return NdjsonDossierReader.of(jackson3, new ByteArrayInputStream(ndjson)).toDossier();
  }

  /** Jackson 2 reads the dossier's NDJSON. */
  @Benchmark
  public Dossier readNdjsonJackson2() {
    return dev.diplomacy.jackson2.NdjsonDossierReader.of(jackson2, new ByteArrayInputStream(ndjson))
        .toDossier();
  }

  /** Jackson 3 writes the dossier's NDJSON. */
  @Benchmark
  public byte[] writeNdjsonJackson3() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ndjson.length);
    NdjsonWriter.writeDossier(jackson3, dossier, out);
    return out.toByteArray();
  }

  /** Jackson 2 writes the dossier's NDJSON. */
  @Benchmark
  public byte[] writeNdjsonJackson2() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(ndjson.length);
    dev.diplomacy.jackson2.NdjsonWriter.writeDossier(jackson2, dossier, out);
    return out.toByteArray();
  }
}
