package org.sitrep.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper of sitrep, built once and never changed afterwards (so it is safe to
 * share). It writes the contract exactly: absent values as {@code null}, enums by their wire
 * names, whole numbers without a fraction ("3500000", not "3500000.0"). It reads leniently:
 * unknown fields are ignored, so gold files with their extra fields read too. It never enables
 * polymorphic default typing; the only polymorphism is the contract's own {@code type} field.
 */
public final class SitrepJson {

  /** Longest string value accepted when reading (a whole article's text fits easily). */
  public static final int MAX_STRING_LENGTH = 20_000_000;

  private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxStringLength(MAX_STRING_LENGTH).maxNestingDepth(200).build())
          .build())
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
      .addModule(new SimpleModule("sitrep-numbers")
          .addSerializer(Double.class, new WholeDoubleSerializer())
          .addSerializer(double.class, new WholeDoubleSerializer()))
      .build();

  private SitrepJson() {}

  /** The shared mapper. Do not reconfigure it; use {@link #writer()}/{@link #reader(Class)}. */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** Compact single-line JSON, for JSON Lines. */
  public static ObjectWriter writer() {
    return MAPPER.writer();
  }

  /** Indented JSON, for one article. */
  public static ObjectWriter prettyWriter() {
    return MAPPER.writerWithDefaultPrettyPrinter();
  }

  public static ObjectReader reader(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  /** One object as a single line of JSON (no line breaks inside). */
  public static String toLine(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static String toPrettyJson(Object value) {
    try {
      return prettyWriter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }

  public static JsonNode readTree(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  /** The contract's JSON Schema (draft 2020-12), as a stream the caller closes. */
  public static InputStream schema() {
    InputStream in = SitrepJson.class.getResourceAsStream("sitrep.claims-1.schema.json");
    if (in == null) {
      throw new UncheckedIOException(new IOException("schema resource missing from the class path"));
    }
    return in;
  }

  private static final class WholeDoubleSerializer extends StdSerializer<Double> {
    private static final long serialVersionUID = 1L;

    WholeDoubleSerializer() {
      super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      double d = value;
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        gen.writeNumber((long) d);
      } else {
        gen.writeNumber(d);
      }
    }
  }
}
