package dev.gooseci.cli;

import picocli.CommandLine.ITypeConverter;

/** Reads {@code --output-format}, accepting {@code stream-json} as written in the docs. */
final class OutputFormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
        return OutputFormat.parse(value);
    }
}
