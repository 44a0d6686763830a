package org.mandategraph.read;

import org.mandategraph.document.Layout;

/** Reads markdown files ({@code .md}): decoded as text, laid out with markdown and inline HTML markup removed. */
public class MarkdownReader extends PlainTextReader {
    public MarkdownReader() {
        super(DocumentFormat.MARKDOWN);
    }

    @Override
    protected Layout layout(String text) {
        return TextLayout.ofMarkdown(text);
    }
}
