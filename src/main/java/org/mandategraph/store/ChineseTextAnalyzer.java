package org.mandategraph.store;

import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * SmartChineseAnalyzer's word segmentation plus the character bigrams of every longer Han word at the same
 * position: SmartChinese keeps 北京大学 as one token, so without the bigrams a search for 北京 would miss it.
 */
public final class ChineseTextAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream ts = new LowerCaseFilter(tokenizer);
        ts = new PorterStemFilter(ts);
        ts = new StopFilter(ts, SmartChineseAnalyzer.getDefaultStopSet());
        ts = new HanBigramFilter(ts);
        return new TokenStreamComponents(tokenizer, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    /** Adds the bigrams of each all-Han token longer than two characters as synonyms of that token. */
    static final class HanBigramFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> pending = new ArrayDeque<>();
        private State saved;

        HanBigramFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws java.io.IOException {
            if (!pending.isEmpty()) {
                restoreState(saved);
                term.setEmpty().append(pending.poll());
                posInc.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            int[] cps = term.toString().codePoints().toArray();
            if (cps.length > 2 && allHan(cps)) {
                for (int i = 0; i + 1 < cps.length; i++) {
                    pending.add(new String(cps, i, 2));
                }
                saved = captureState();
            }
            return true;
        }

        private static boolean allHan(int[] cps) {
            for (int cp : cps) {
                if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void reset() throws java.io.IOException {
            super.reset();
            pending.clear();
            saved = null;
        }
    }
}
