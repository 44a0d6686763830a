package org.mandategraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The web page's interface strings, read from {@code ui.properties} beside this class: the words of the interface
 * are data like the ontology's labels, so rewording or translating them touches no Java. A key missing from the
 * file is a programming error and fails loudly rather than printing a blank.
 */
final class UiText {
    private static final Properties TEXT = load();

    private UiText() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = UiText.class.getResourceAsStream("ui.properties")) {
            if (in == null) {
                throw new IllegalStateException("ui.properties is missing from the class path");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    static String get(String key) {
        String v = TEXT.getProperty(key);
        if (v == null) {
            throw new IllegalArgumentException("no interface string " + key + " in ui.properties");
        }
        return v;
    }
}
