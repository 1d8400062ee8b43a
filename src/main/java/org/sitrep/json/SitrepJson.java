package org.sitrep.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
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
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * The one Jackson mapper of sitrep, built once and never changed afterwards (so it is safe to
 * share). It writes the contract exactly: absent values as {@code null}, enums by their wire
 * names, whole numbers without a fraction ("3500000", not "3500000.0"). It reads leniently:
 * unknown fields are ignored, so gold files with their extra fields read too. It never enables
 * polymorphic default typing; the only polymorphism is the contract's own {@code type} field.
 */
public final class SitrepJson {

  /** Longest string value accepted when reading, in chars (a whole article's text fits easily). */
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

  /**
   * A writer of compact single-line JSON, for JSON Lines. Writers are immutable: configuring one
   * gives a new writer and leaves the shared mapper as it is.
   *
   * @return the writer
   */
  public static ObjectWriter writer() {
    return MAPPER.writer();
  }

  /**
   * A writer of indented JSON, for one article.
   *
   * @return the writer
   */
  public static ObjectWriter prettyWriter() {
    return MAPPER.writerWithDefaultPrettyPrinter();
  }

  /**
   * A reader for one type ({@code ArticleClaims.class}, {@code Claim.class} ...). Readers are
   * immutable, like writers.
   *
   * @param type the type to read
   * @return the reader
   */
  public static ObjectReader reader(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  /**
   * A copy of the mapper's configuration, for a host that wants its own variant (say, with
   * indentation of its choice). Changing the copy leaves sitrep's mapper as it is.
   *
   * @return a new mapper configured as sitrep's
   */
  public static JsonMapper copyOfMapper() {
    return MAPPER.copy();
  }

  /**
   * One object as a single line of JSON (no line breaks inside).
   *
   * @param value a document, a claim, or any value of the contract
   * @return one line of JSON
   */
  public static String toLine(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * One object as indented JSON.
   *
   * @param value a document, a claim, or any value of the contract
   * @return indented JSON
   */
  public static String toPrettyJson(Object value) {
    try {
      return prettyWriter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads a value from JSON: a whole document ({@code ArticleClaims.class}), a claim ({@code
   * Claim.class}, which reads the right record by its {@code type}) or any value of the contract.
   * Fields this version does not know are ignored; fields it knows but the JSON lacks read as
   * null.
   *
   * @param <T> the type to read
   * @param json the JSON text
   * @param type the type to read
   * @return the value
   * @throws JsonProcessingException when the text is not JSON or does not fit the type
   */
  public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return MAPPER.readValue(json, type);
  }

  /**
   * Reads a value from a parsed JSON tree, as {@link #read(String, Class)} does from text.
   *
   * @param <T> the type to read
   * @param node the JSON tree
   * @param type the type to read
   * @return the value
   * @throws JsonProcessingException when the tree does not fit the type
   */
  public static <T> T read(JsonNode node, Class<T> type) throws JsonProcessingException {
    return MAPPER.treeToValue(node, type);
  }

  /**
   * Parses JSON text into a tree.
   *
   * @param json the JSON text
   * @return its tree
   * @throws JsonProcessingException when the text is not JSON
   */
  public static JsonNode readTree(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  /**
   * The wire name of one of the contract's enum values ({@code "figure"}, {@code "KILLED"}).
   *
   * @param value an enum of {@code org.sitrep.claim}
   * @return its name in JSON, or null for null
   */
  public static String wireName(Enum<?> value) {
    return value == null ? null : MAPPER.convertValue(value, String.class);
  }

  /** A streaming parser over {@code reader} with the mapper's limits; the caller closes it. */
  static JsonParser parser(Reader reader) throws IOException {
    return MAPPER.createParser(reader);
  }

  /**
   * The contract's JSON Schema (draft 2020-12), as a stream the caller closes.
   *
   * @return the schema's bytes (UTF-8)
   */
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
