package io.pressroom.cli;

import io.pressroom.model.PartialDateTime;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads --from/--to values: "2022", "2022-01", "2022-01-21", "2022-01-21T04:19+09:00". */
final class DateConverter implements ITypeConverter<PartialDateTime> {
    @Override
    public PartialDateTime convert(String value) {
        try {
            return PartialDateTime.parseIso(value);
        } catch (RuntimeException e) {
            throw new TypeConversionException("'" + value + "' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
