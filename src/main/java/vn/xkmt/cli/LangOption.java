package vn.xkmt.cli;

import picocli.CommandLine;
import vn.xkmt.text.Lang;

/** {@code --lang vi|en}: the language by its name, any other refused with the names known. */
final class LangOption implements CommandLine.ITypeConverter<Lang> {

    @Override
    public Lang convert(String value) {
        try {
            return Lang.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
