package org.mandategraph.segment;

import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.read.TextCleaner;

/** Rules on lines and blocks that several stages share. */
final class Blocks {
    private Blocks() {
    }

    /** Whether a line opens a block whatever came before: a paragraph, sub-paragraph or section marker, a closing line, a heading. */
    static boolean startsBlock(DocumentGrammar g, String clean, boolean heading) {
        return heading || g.paragraphNumber().matcher(clean).find() || g.subParagraphLabel().matcher(clean).find()
                || g.sectionHeading().matcher(clean).find() || g.dateOnly().matcher(clean).matches()
                || g.meeting().matcher(clean).matches();
    }

    /** The text as read, every marker taken out. */
    static String visible(String text) {
        return TextCleaner.unmark(text, x -> true).text();
    }

    /** Display width of a printed line: a character of the East Asian scripts counts 2. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) >= 0x2E80 ? 2 : 1;
        }
        return w;
    }
}
