package io.gloss.http;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * JSON Gloss writes may be put inside an HTML {@code <script>} as it is (a CMS inlining the embed's
 * JSON, JSON-LD): {@code <}, {@code >}, {@code &} and {@code '} are written as \\u escapes, so a
 * {@code </script>} in an article or a name cannot close the script, and U+2028/U+2029 as well, which
 * older JavaScript reads as line ends. The JSON means the same to every parser.
 */
@Singleton
public class ScriptSafeJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().setCharacterEscapes(new Escapes());
    }

    private static final class Escapes extends CharacterEscapes {
        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        Escapes() {
            for (char c : new char[] { '<', '>', '&', '\'' }) {
                ascii[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
