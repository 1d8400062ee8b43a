package org.sitrep.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Reads a tab-separated resource of this package; lines starting with '#' and blank lines are skipped. */
final class Tsv {

    /** One data line: its fields and where it came from, for error messages. */
    record Row(String resource, int line, String[] fields) {

        String get(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        String where() {
            return resource + " line " + line;
        }
    }

    private Tsv() {
    }

    static void read(String resource, int minFields, Consumer<Row> sink) {
        try (InputStream in = Tsv.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Row row = new Row(resource, number, line.split("\t", -1));
                if (row.fields().length < minFields) {
                    throw new IllegalStateException(row.where() + ": expected " + minFields + " fields, got "
                            + row.fields().length);
                }
                sink.accept(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    static Double decimal(Row row, int i) {
        String s = row.get(i);
        try {
            return s.isEmpty() ? null : Double.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": not a number: " + s, e);
        }
    }

    static Long integer(Row row, int i) {
        String s = row.get(i);
        try {
            return s.isEmpty() ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(row.where() + ": not an integer: " + s, e);
        }
    }
}
