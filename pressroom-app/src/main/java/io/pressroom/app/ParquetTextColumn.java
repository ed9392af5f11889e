package io.pressroom.app;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Reads one text column of a local Parquet file, row by row, with parquet-java's reader and no Hadoop
 * configuration or file system: only that column's pages are read and decompressed (snappy, gzip, zstd, lz4_raw).
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
        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration()).build();
        ParquetFileReader reader;
        try {
            reader = ParquetFileReader.open(in, options);
        } catch (RuntimeException e) {
            throw new IOException("not a readable Parquet file (" + e.getMessage() + ")", e);
        }
        // One open, one footer: the schema is checked, then only the column's pages are read, row group by row group.
        try (reader) {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            if (!schema.containsField(column)) throw new IOException("no column '" + column + "' (columns: " + names(schema) + ")");
            Type type = schema.getType(column);
            if (!type.isPrimitive() || type.asPrimitiveType().getPrimitiveTypeName() != PrimitiveType.PrimitiveTypeName.BINARY
                    || type.isRepetition(Type.Repetition.REPEATED)) {
                throw new IOException("column '" + column + "' is not text: " + type);
            }
            MessageType projection = new MessageType(schema.getName(), type);
            reader.setRequestedSchema(projection);
            MessageColumnIO io = new ColumnIOFactory().getColumnIO(projection, schema);
            long rows = 0;
            try {
                for (PageReadStore pages; (pages = reader.readNextRowGroup()) != null; ) {
                    RecordReader<Group> records = io.getRecordReader(pages, new GroupRecordConverter(projection));
                    for (long k = 0; k < pages.getRowCount(); k++) {
                        Group g = records.read();
                        rows++;
                        handler.row(rows, g.getFieldRepetitionCount(0) == 0 ? null : g.getString(0, 0));
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException("unreadable after row " + rows + " (" + e.getMessage() + ")", e);
            } catch (LinkageError e) {
                // A codec whose library is not on the class path (Hadoop's LZ4 needs lz4-java): this file only.
                throw new IOException("compressed with a codec this build cannot read (" + e.getMessage() + ")", e);
            }
            return rows;
        }
    }

    private static String names(MessageType schema) {
        StringBuilder sb = new StringBuilder();
        for (Type t : schema.getFields()) sb.append(sb.isEmpty() ? "" : ", ").append(t.getName());
        return sb.toString();
    }
}
