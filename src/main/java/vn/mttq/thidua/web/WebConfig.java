package vn.mttq.thidua.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.datetime.standard.DateTimeFormatterRegistrar;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("thidua-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, supported(locale));
            }
        };
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    static Locale supported(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** Dates are read and written as dd/MM/yyyy, strictly: 31/02/2025 is an error, not 3 March. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        DateTimeFormatterRegistrar dates = new DateTimeFormatterRegistrar();
        dates.setDateFormatter(DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT));
        dates.registerFormatters(registry);
        registry.addFormatterForFieldType(BigDecimal.class, new DecimalFormatter());
    }

    /**
     * Decimals as each language writes them: in Vietnamese 1.234,5 (dot groups, comma decimals), in English
     * 1,234.5. Inputs are shown without grouping.
     */
    static final class DecimalFormatter implements Formatter<BigDecimal> {

        @Override
        public BigDecimal parse(String text, Locale locale) throws ParseException {
            String compact = text.trim().replace(" ", "").replace("\u00a0", "");
            String plain = "en".equals(locale.getLanguage())
                    ? compact.replace(",", "")
                    : compact.replace(".", "").replace(',', '.');
            try {
                return new BigDecimal(plain);
            } catch (NumberFormatException e) {
                throw new ParseException(text, 0);
            }
        }

        @Override
        public String print(BigDecimal value, Locale locale) {
            String plain = value.stripTrailingZeros().toPlainString();
            return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
