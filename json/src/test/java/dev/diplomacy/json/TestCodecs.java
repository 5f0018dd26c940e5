package dev.diplomacy.json;

/** The codecs of the test types, declared as the library's own are. */
final class TestCodecs {

  static final ObjectCodec<TestCircle, ImmutableTestCircle.Builder> CIRCLE =
      ObjectCodec.builder(
              TestCircle.class, ImmutableTestCircle::builder, ImmutableTestCircle.Builder::build)
          .typeName("circle")
          .required(
              "radius", Numbers.DOUBLE, TestCircle::radius, ImmutableTestCircle.Builder::radius)
          .build();

  static final ObjectCodec<TestSquare, ImmutableTestSquare.Builder> SQUARE =
      ObjectCodec.builder(
              TestSquare.class, ImmutableTestSquare::builder, ImmutableTestSquare.Builder::build)
          .typeName("square")
          .required("side", Numbers.DOUBLE, TestSquare::side, ImmutableTestSquare.Builder::side)
          .extensions(TestSquare::extensions, ImmutableTestSquare.Builder::putAllExtensions)
          .build();

  static final ObjectCodec<TestOtherShape, ImmutableTestOtherShape.Builder> OTHER =
      ObjectCodec.builder(
              TestOtherShape.class,
              ImmutableTestOtherShape::builder,
              ImmutableTestOtherShape.Builder::build)
          .anyTypeName(
              "typeName", TestOtherShape::typeName, ImmutableTestOtherShape.Builder::typeName)
          .extensions(TestOtherShape::extensions, ImmutableTestOtherShape.Builder::putAllExtensions)
          .build();

  static final UnionCodec<TestShape> SHAPE =
      UnionCodec.builder(TestShape.class).kind(CIRCLE).kind(SQUARE).opaque(OTHER).build();

  static final ObjectCodec<TestNote, ImmutableTestNote.Builder> NOTE =
      ObjectCodec.builder(TestNote.class, TestNote::builder, ImmutableTestNote.Builder::build)
          .required("text", TextCodecs.TEXT, TestNote::text, ImmutableTestNote.Builder::text)
          .optional(
              "date", TextCodecs.PARTIAL_DATE, TestNote::date, ImmutableTestNote.Builder::date)
          .list("refs", TextCodecs.ID, TestNote::refs, ImmutableTestNote.Builder::addRef)
          .list("shapes", SHAPE, TestNote::shapes, ImmutableTestNote.Builder::addShape)
          .extensions(TestNote::extensions, ImmutableTestNote.Builder::putAllExtensions)
          .build();

  private TestCodecs() {}
}
