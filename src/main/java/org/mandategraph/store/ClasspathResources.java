package org.mandategraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Lists and reads the files of one class-path folder, whether it sits in {@code target/classes} or in the jar. */
final class ClasspathResources {
    private ClasspathResources() {
    }

    /** Names (no folder) of the files in {@code folder} ending in {@code suffix}, sorted; empty if the folder is absent. */
    static List<String> list(String folder, String suffix) {
        String dir = folder.endsWith("/") ? folder : folder + "/";
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> urls = ClasspathResources.class.getClassLoader().getResources(dir);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    try (var files = Files.list(Path.of(url.toURI()))) {
                        files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).forEach(names::add);
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection conn = (JarURLConnection) url.openConnection();
                    conn.setUseCaches(false);
                    try (JarFile jar = conn.getJarFile()) {
                        for (Enumeration<JarEntry> en = jar.entries(); en.hasMoreElements(); ) {
                            String n = en.nextElement().getName();
                            if (n.startsWith(dir) && n.endsWith(suffix) && n.indexOf('/', dir.length()) < 0) {
                                names.add(n.substring(dir.length()));
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ArrayList<>(names);
    }

    /** The text of a class-path resource, or null if there is none. */
    static String read(String resource) {
        try (InputStream in = ClasspathResources.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
