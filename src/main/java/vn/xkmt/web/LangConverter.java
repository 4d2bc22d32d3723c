package vn.xkmt.web;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import vn.xkmt.text.Lang;

/**
 * {@code vi} / {@code en} as a {@link Lang}: a request parameter ({@code ?lang=en}) and the pages' {@code lang}
 * handed to a Java method ({@code @verdictLabels.of(…, lang)}).
 */
@Component
class LangConverter implements Converter<String, Lang> {

    @Override
    public Lang convert(String source) {
        return Lang.parse(source);
    }
}
