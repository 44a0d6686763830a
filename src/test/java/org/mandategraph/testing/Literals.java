package org.mandategraph.testing;

import java.util.List;
import java.util.stream.Collectors;

/** Inputs printed as Java literals, so that a shrunk failing input can be pasted into a regression test. */
public final class Literals {
    private Literals() {
    }

    /** A string as a Java literal, every character outside printable ASCII escaped. */
    public static String of(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Bytes as the body of a Java array literal (hex), cut after about 4,000 characters. */
    public static String of(byte[] b) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < b.length; i++) {
            sb.append(i == 0 ? "" : ",").append(String.format("0x%02X", b[i] & 0xFF));
            if (sb.length() > 4000) {
                return sb.append(", … ").append(b.length).append(" bytes}").toString();
            }
        }
        return sb.append("} (").append(b.length).append(" bytes)").toString();
    }

    /** A try's parameters, each as a literal where it is a string or bytes, cut to 600 characters. */
    public static String show(List<Object> parameters) {
        String s = parameters.stream().map(p -> p instanceof String t ? of(t) : p instanceof byte[] b ? of(b) : String.valueOf(p))
                .collect(Collectors.joining(", "));
        return s.length() <= 600 ? s : s.substring(0, 600) + "… (" + s.length() + " chars)";
    }
}
