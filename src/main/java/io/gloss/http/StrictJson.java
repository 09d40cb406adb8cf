package io.gloss.http;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON rules for every request: unknown fields are errors (a typo must not be silently dropped),
 * and strings must be text a database can store exactly. PostgreSQL refuses U+0000 and a lone
 * surrogate cannot be encoded as UTF-8, so both are refused up front instead of failing (or being
 * replaced by '?') at write time.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.registerModule(new SimpleModule("gloss-text").addDeserializer(String.class, new TextDeserializer()));
    }

    static final class TextDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String value = super.deserialize(p, ctxt);
            if (value != null) {
                String problem = storableProblem(value);
                if (problem != null) {
                    throw JsonMappingException.from(p, problem);
                }
            }
            return value;
        }
    }

    /** Why a string cannot be stored exactly, or null when it can. */
    public static String storableProblem(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\u0000') {
                return "the NUL character (U+0000) is not allowed";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "a lone UTF-16 surrogate is not valid Unicode text";
            }
            if (Character.isLowSurrogate(c)) {
                return "a lone UTF-16 surrogate is not valid Unicode text";
            }
        }
        return null;
    }
}
