package vn.xkmt.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default; {@code ?lang=en} (or {@code ?lang=vi}) switches, remembered in a cookie. */
@Configuration
class LocaleConfig implements WebMvcConfigurer {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver r = new CookieLocaleResolver("XKMT_LANG");
        r.setDefaultLocale(VI);
        r.setCookieMaxAge(Duration.ofDays(365));
        r.setCookieHttpOnly(true);
        r.setCookieSameSite("Lax");
        return r;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor i = new LocaleChangeInterceptor();
        i.setParamName("lang");
        i.setIgnoreInvalidLocale(true);
        registry.addInterceptor(i);
    }
}
