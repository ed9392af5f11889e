package io.pressroom.app;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads one text column of a local Parquet file, row by row, with parquet-java's reader and no Hadoop
 * configuration or file system: only that column's pages are read and decompressed (snappy, gzip, zstd, lz4).
 */
public final class ParquetTextColumn {
    private ParquetTextColumn() {}

    /** Receives each row's value ({@code null} where the row has none) with its number, from 1. */
    @FunctionalInterface
    public interface RowHandler {
        void row(long row, String value) throws IOException;
    }

    /**
     * Calls the handler for every row and returns the number of rows. A file that is not Parquet, or has no
     * such text column, is refused before any row; a file damaged in the middle delivers the rows before the
     * damage and then throws.
     */
    public static long read(Path file, String column, RowHandler handler) throws IOException {
        InputFile in = new LocalInputFile(file);
        PlainParquetConfiguration conf = new PlainParquetConfiguration();
        MessageType schema;
        try (ParquetFileReader footer = ParquetFileReader.open(in, ParquetReadOptions.builder(conf).build())) {
            schema = footer.getFooter().getFileMetaData().getSchema();
        } catch (RuntimeException e) {
            throw new IOException("not a readable Parquet file (" + e.getMessage() + ")", e);
        }
        if (!schema.containsField(column)) throw new IOException("no column '" + column + "' (columns: " + names(schema) + ")");
        Type type = schema.getType(column);
        if (!type.isPrimitive() || type.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY
                || type.isRepetition(Type.Repetition.REPEATED)) {
            throw new IOException("column '" + column + "' is not text: " + type);
        }
        conf.set(ReadSupport.PARQUET_READ_SCHEMA, new MessageType(schema.getName(), type).toString());
        long rows = 0;
        try (ParquetReader<Group> reader = new ParquetReader.Builder<Group>(in, conf) {
            @Override
            protected ReadSupport<Group> getReadSupport() {
                return new GroupReadSupport();
            }
        }.build()) {
            for (Group g; (g = reader.read()) != null; ) {
                rows++;
                handler.row(rows, g.getFieldRepetitionCount(0) == 0 ? null : g.getString(0, 0));
            }
        } catch (RuntimeException e) {
            throw new IOException("unreadable after row " + rows + " (" + e.getMessage() + ")", e);
        }
        return rows;
    }

    private static String names(MessageType schema) {
        StringBuilder sb = new StringBuilder();
        for (Type t : schema.getFields()) sb.append(sb.isEmpty() ? "" : ", ").append(t.getName());
        return sb.toString();
    }
}
