package dev.diplomacy.json.format.internal;

import dev.diplomacy.core.codes.DatasetCoding;
import dev.diplomacy.core.codes.QuadClass;

/**
 * {@code {"dataset": "icews", "record": "32890611", "cameo": "040", "goldstein": 1.0, "quadClass":
 * "verbal_cooperation", "sources": ["united-states"], "targets": ["north-korea"]}}; the figure
 * exactly as written ({@code 1.0} stays {@code 1.0}).
 */
public final class DatasetCodingCodec {

  static final ObjectCodec<DatasetCoding, DatasetCoding.Builder> CODEC =
      ObjectCodec.builder(DatasetCoding.class, DatasetCoding::builder, DatasetCoding.Builder::build)
          .required(
              "dataset", TextCodecs.TEXT, DatasetCoding::dataset, DatasetCoding.Builder::dataset)
          .optional("record", TextCodecs.TEXT, DatasetCoding::record, DatasetCoding.Builder::record)
          .optional(
              "cameo", TextCodecs.CAMEO_CODE, DatasetCoding::cameo, DatasetCoding.Builder::cameo)
          .optional(
              "goldstein",
              Numbers.DECIMAL,
              DatasetCoding::goldstein,
              DatasetCoding.Builder::goldstein)
          .optional(
              "quadClass",
              TextCodecs.enumeration(QuadClass.class),
              DatasetCoding::quadClass,
              DatasetCoding.Builder::quadClass)
          .optional(
              "plover",
              PloverMappingCodec.CODEC,
              DatasetCoding::plover,
              DatasetCoding.Builder::plover)
          .list("sources", TextCodecs.ID, DatasetCoding::sources, DatasetCoding.Builder::addSource)
          .list("targets", TextCodecs.ID, DatasetCoding::targets, DatasetCoding.Builder::addTarget)
          .extensions(DatasetCoding::extensions, DatasetCoding.Builder::putAllExtensions)
          .build();

  private DatasetCodingCodec() {}
}
