package dev.diplomacy.json;

import dev.diplomacy.json.format.internal.Numbers;
import dev.diplomacy.json.format.internal.ObjectCodec;
import dev.diplomacy.json.format.internal.TextCodecs;
import dev.diplomacy.json.format.internal.UnionCodec;

/** The codecs of the test types, declared as the library's own are. */
final class TestCodecs {

  static final ObjectCodec<TestCircle, TestCircle.Builder> CIRCLE =
      ObjectCodec.builder(TestCircle.class, TestCircle::builder, TestCircle.Builder::build)
          .typeName("circle")
          .required("radius", Numbers.DOUBLE, TestCircle::radius, TestCircle.Builder::radius)
          .build();

  static final ObjectCodec<TestSquare, TestSquare.Builder> SQUARE =
      ObjectCodec.builder(TestSquare.class, TestSquare::builder, TestSquare.Builder::build)
          .typeName("square")
          .required("side", Numbers.DOUBLE, TestSquare::side, TestSquare.Builder::side)
          .extensions(TestSquare::extensions, TestSquare.Builder::putAllExtensions)
          .build();

  static final ObjectCodec<TestOtherShape, TestOtherShape.Builder> OTHER =
      ObjectCodec.builder(
              TestOtherShape.class, TestOtherShape::builder, TestOtherShape.Builder::build)
          .anyTypeName("typeName", TestOtherShape::typeName, TestOtherShape.Builder::typeName)
          .extensions(TestOtherShape::extensions, TestOtherShape.Builder::putAllExtensions)
          .build();

  static final UnionCodec<TestShape> SHAPE =
      UnionCodec.builder(TestShape.class).kind(CIRCLE).kind(SQUARE).opaque(OTHER).build();

  static final ObjectCodec<TestNote, TestNote.Builder> NOTE =
      ObjectCodec.builder(TestNote.class, TestNote::builder, TestNote.Builder::build)
          .required("text", TextCodecs.TEXT, TestNote::text, TestNote.Builder::text)
          .optional("date", TextCodecs.PARTIAL_DATE, TestNote::date, TestNote.Builder::date)
          .list("refs", TextCodecs.ID, TestNote::refs, TestNote.Builder::addRef)
          .list("shapes", SHAPE, TestNote::shapes, TestNote.Builder::addShape)
          .extensions(TestNote::extensions, TestNote.Builder::putAllExtensions)
          .build();

  private TestCodecs() {}
}
