package org.mandategraph.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.mandategraph.document.MarkerRun;
import org.mandategraph.document.SourceLine;

/**
 * Test-side: a document's text layout rendered as a plain HTML page (paragraphs, {@code <sup>} markers, headings,
 * footnotes in smaller type where the text has them) and printed to PDF by headless Chromium, so the PDF reader
 * is also tried on a writer that is not the project's own: its own line breaking, font handling and page margins.
 */
final class ChromiumPrinter {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private ChromiumPrinter() {
    }

    static boolean available() {
        return Files.isExecutable(CHROMIUM);
    }

    static String html(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>UN document</title>"
                + "<style>@page{size:A4;margin:2.6cm 2.2cm}body{font-family:'WenQuanYi Zen Hei',sans-serif;font-size:10.5pt;line-height:1.45}"
                + "p{margin:0 0 0.7em 0}h2{font-size:13pt;margin:0.4em 0 0.7em 0}p.fn{font-size:8.5pt}sup{font-size:60%}</style></head><body>\n");
        boolean open = false;
        for (SourceLine l : lines) {
            if (l.role() != SourceLine.Role.TEXT) {
                if (open && (l.role() == SourceLine.Role.BLANK || l.role() == SourceLine.Role.RULE)) {
                    sb.append("</p>\n");
                    open = false;
                }
                continue;
            }
            boolean note = !l.markers().isEmpty() && l.markers().get(0).at() == 0;
            if (l.heading() || note) {
                if (open) {
                    sb.append("</p>\n");
                    open = false;
                }
                sb.append(l.heading() ? "<h2>" : "<p class=\"fn\">").append(inline(l)).append(l.heading() ? "</h2>\n" : "</p>\n");
                continue;
            }
            sb.append(open ? "<br>" : "<p>").append(inline(l));
            open = true;
        }
        if (open) {
            sb.append("</p>\n");
        }
        return sb.append("</body></html>\n").toString();
    }

    private static String inline(SourceLine l) {
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (MarkerRun m : l.markers()) {
            sb.append(escape(l.text().substring(from, m.at()))).append("<sup>").append(escape(m.label())).append("</sup>");
            from = m.at();
        }
        return sb.append(escape(l.text().substring(from))).toString().strip();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Prints the source's HTML rendering to {@code dir}/stem.pdf with headless Chromium, once. */
    static synchronized Path print(Path source, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve(GeneratedInputs.stem(source) + ".pdf");
        if (Files.exists(out)) {
            return out;
        }
        Files.createDirectories(dir);
        Path html = dir.resolve(GeneratedInputs.stem(source) + ".html");
        Files.writeString(html, html(GeneratedInputs.text(source).layout().lines()), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory("mg-chromium");
        Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--no-pdf-header-footer", "--print-to-pdf=" + out.toAbsolutePath(),
                html.toAbsolutePath().toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not print " + html + " within 90 s");
        }
        if (!Files.exists(out)) {
            throw new IOException("chromium printed nothing for " + html + " (exit " + p.exitValue() + ", see chromium.log)");
        }
        return out;
    }
}
