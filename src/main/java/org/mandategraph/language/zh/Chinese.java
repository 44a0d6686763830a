package org.mandategraph.language.zh;

import org.mandategraph.language.DocumentGrammar;
import org.mandategraph.language.Language;

/** Chinese as UN documents print it: Han script, names matched anywhere, spaces inside names ignored. */
public final class Chinese implements Language {
    public static final String TAG = "zh";

    @Override
    public String tag() {
        return TAG;
    }

    @Override
    public double score(CharSequence sample) {
        int han = 0;
        int letters = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        // a Han character carries about as much as a Latin word: weigh it so mixed pages with symbols stay Chinese
        return letters == 0 ? 0 : Math.min(1.0, 5.0 * han / letters);
    }

    @Override
    public char fold(char c) {
        return c;
    }

    @Override
    public boolean ignorable(char c) {
        return c == ' ' || c == '\u3000' || c == '\t';
    }

    @Override
    public boolean wordBoundaries() {
        return false;
    }

    @Override
    public DocumentGrammar documentGrammar() {
        return ChineseDocumentGrammar.INSTANCE;
    }
}
