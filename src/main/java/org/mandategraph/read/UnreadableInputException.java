package org.mandategraph.read;

import java.io.IOException;

/** Input that cannot be read as a UN document; the message names the file and the problem. */
public class UnreadableInputException extends IOException {
    public UnreadableInputException(String message) {
        super(message);
    }
}
