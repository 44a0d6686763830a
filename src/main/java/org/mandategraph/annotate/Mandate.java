package org.mandategraph.annotate;

import java.util.List;
import org.mandategraph.document.Span;

/**
 * One directive: in paragraph {@code locus}, verb {@code verbCode} directs {@code addresseeIri}, asking for
 * {@code topics}. Spans are into the locus text and are the evidence a user sees. {@code reportToIri} and
 * {@code dueSession} are set for reporting mandates ({@code 向…委员会第二十二届会议报告}).
 */
public record Mandate(Locus locus, String verbCode, String addresseeIri, List<String> topics, Span verbSpan,
                      Span addresseeSpan, Span clauseSpan, String reportToIri, Integer dueSession) {
    public Mandate {
        topics = List.copyOf(topics);
    }
}
