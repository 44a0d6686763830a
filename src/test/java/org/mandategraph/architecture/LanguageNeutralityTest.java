package org.mandategraph.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Chinese belongs to the zh language module, the reference data and the UI resources: a string or character literal
 * in any other main source that holds a Chinese character or CJK punctuation (written out or as a {@code \\u}
 * escape) means Chinese grammar has leaked into a language-neutral layer. Comments may quote Chinese freely.
 */
class LanguageNeutralityTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final String ZH_MODULE = "org/mandategraph/language/zh/";

    @Test
    void noChineseLiteralOutsideTheZhModule() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = MAIN.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(ZH_MODULE)) {
                    continue;
                }
                for (String lit : chineseLiterals(Files.readString(f))) {
                    found.add(rel + ": " + lit);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The scanner itself: literals are found, comments and Latin literals are not. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "String s = \"第\";                       | 1",
            "char c = '页';                          | 1",
            "String s = \"\\u3002\";                  | 1",
            "String s = \"\\\\u3002\";                | 1",
            "// String s = \"第\";                    | 0",
            "/* 第 \"页\" */ String s = \"Page\";      | 0",
            "String s = \"Page \\\" 3\";              | 0",
            "String s = \"\"\" \\n 委员会 \\n\"\"\";    | 1",
    })
    void scannerFindsLiteralsNotComments(String source, int literals) {
        assertThat(chineseLiterals(source.replace("\\n", "\n"))).hasSize(literals);
    }

    static List<String> chineseLiterals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < n && src.charAt(i + 1) == '/') {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (c == '/' && i + 1 < n && src.charAt(i + 1) == '*') {
                int e = src.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (src.startsWith("\"\"\"", i)) {
                int e = src.indexOf("\"\"\"", i + 3);
                e = e < 0 ? n : e + 3;
                check(src.substring(i, e), out);
                i = e;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    j += src.charAt(j) == '\\' ? 2 : 1;
                }
                int e = Math.min(n, j + 1);
                check(src.substring(i, e), out);
                i = e;
            } else {
                i++;
            }
        }
        return out;
    }

    private static void check(String literal, List<String> out) {
        String decoded = decodeEscapes(literal);
        if (decoded.codePoints().anyMatch(LanguageNeutralityTest::chinese)) {
            out.add(literal);
        }
    }

    /** {@code \\uXXXX}, however many backslashes precede it (a regex escape in a Java string has two). */
    private static String decodeEscapes(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\\') {
                int j = i;
                while (j < s.length() && s.charAt(j) == '\\') {
                    j++;
                }
                if (j + 5 <= s.length() && s.charAt(j) == 'u' && s.substring(j + 1, j + 5).matches("[0-9A-Fa-f]{4}")) {
                    sb.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
                    i = j + 4;
                    continue;
                }
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    private static boolean chinese(int cp) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(cp);
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
