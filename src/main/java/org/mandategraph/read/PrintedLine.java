package org.mandategraph.read;

/**
 * One printed line of a PDF page as the glyph stages rebuild it: where it starts and ends, its baseline and main
 * font size, its text with raised footnote marks as {@link TextCleaner#MARK_OPEN sure-marker sentinels}, and the
 * width of its first word (what the line before would have needed room for, had this line not wrapped).
 */
record PrintedLine(int page, float x, float end, float baseline, float size, String text, float firstWordWidth) {
    /** The text without marker sentinels, as furniture and label tests read it. */
    String visible() {
        return TextCleaner.unmark(text, l -> true).text();
    }

    /** Whether the line opens with a raised mark (a footnote's own number at the foot of a page). */
    boolean opensWithMark() {
        return text.indexOf(TextCleaner.MARK_OPEN) == 0;
    }
}
