package org.mandategraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The {@code -o FILE} of {@code extract} and {@code export}, checked before any work: a folder that does not exist
 * or cannot be written should cost the user one line, not minutes of reading followed by a stack trace.
 */
final class OutputFile {
    private OutputFile() {
    }

    /** Why FILE cannot be written, or null when it can (a probe file is created and removed beside it). */
    static String problem(Path file) {
        Path abs = file.toAbsolutePath();
        Path parent = abs.getParent();
        if (Files.isDirectory(abs)) {
            return "is a folder";
        }
        if (parent == null || !Files.exists(parent)) {
            return "no such folder " + parent;
        }
        if (!Files.isDirectory(parent)) {
            return parent + " is not a folder";
        }
        if (Files.exists(abs) && !Files.isWritable(abs)) {
            return "not writable";
        }
        try {
            Files.deleteIfExists(Files.createTempFile(parent, ".mandategraph-", ".tmp"));
        } catch (IOException | SecurityException e) {
            return "cannot write in " + parent + " (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")";
        }
        return null;
    }

    /** True when FILE (if any) can be written; otherwise says so in one line naming the command and the file. */
    static boolean check(Path file, PrintWriter err, String command) {
        String why = file == null ? null : problem(file);
        if (why == null) {
            return true;
        }
        err.println("mandategraph " + command + ": cannot write " + file + ": " + why);
        err.flush();
        return false;
    }

    /** Standard output for no FILE. */
    static OutputStream open(Path file) throws IOException {
        return file == null ? System.out : new BufferedOutputStream(Files.newOutputStream(file));
    }
}
