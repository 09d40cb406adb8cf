package io.gloss.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://sputniknews.com", "http://news.example:8080/a?b=c#d",
            "https://пример.рф/новости/1", "https://президент.рф", "https://xn--e1afmkfd.xn--p1ai/",
            "https://user@例え.jp:443/path" })
    void httpAndHttpsUrlsWithAHostAreLinks(String url) {
        assertThat(HttpUrl.Validator.isHttpUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>",
            "ftp://files.example/x", "//news.example/relative", "/relative/path", "https://", "http:///path",
            "vbscript:msgbox", "https://exa mple.com", "" })
    void everythingElseIsRefused(String url) {
        assertThat(HttpUrl.Validator.isHttpUrl(url)).isFalse();
    }
}
