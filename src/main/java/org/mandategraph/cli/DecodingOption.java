package org.mandategraph.cli;

import org.mandategraph.read.Decoding;
import picocli.CommandLine.Option;

/**
 * {@code --strict-decoding}, shared (as a picocli mixin) by the commands that read documents. Without it a text
 * file with a few bytes that do not decode is read on, those bytes shown as U+FFFD, and a warning names the file
 * and the first bad byte; with it such a file is refused in that one line and the rest of the batch goes on.
 */
public class DecodingOption {
    @Option(names = "--strict-decoding",
            description = "refuse text files with any bytes that do not decode (by default a few damaged bytes are "
                    + "read as U+FFFD and a warning says where)")
    boolean strict;

    Decoding decoding() {
        return strict ? Decoding.STRICT : Decoding.REPAIR;
    }
}
