package org.mandategraph.language;

import java.util.List;
import java.util.regex.Pattern;

/**
 * How a language ties a reference to its context: what ends a clause, what says "pursuant to", which stretches
 * name a topic or title rather than an issuer, which generic nouns stand for a body, and how a report says that it
 * is what a resolution asked for. The citation resolver and the response annotator read these instead of
 * assuming a language.
 *
 * @param clauseEnd          ends the clause a reference's issuer must be named in
 * @param pursuant           a word saying "pursuant to" (the body before it acts on the resolution, it did not adopt it)
 * @param pursuantLoose      regex alternation of "pursuant to" including short forms, for reading what a report answers
 * @param masks              stretches (quoted titles, "on the subject of …" phrases) whose bodies are not issuers
 * @param bodyHeads          generic nouns that name a body by its kind, longest first
 * @param sentence           one sentence
 * @param thisReport         "this report"
 * @param thisReportPursuant "this report [is submitted] pursuant to"
 * @param thisReportAfter    "this report" right after a reference, as the subject of what follows
 * @param preparedReport     what lies between a resolution reference and the report it produced ("… prepared report")
 * @param symbolFootnote     a footnote that gives only a document symbol
 * @param beforeSymbol       what may stand between a named report and its symbol (an opening bracket)
 * @param titleOpen          the mark a printed instrument title opens with
 * @param titleClose         the mark a printed instrument title closes with
 * @param sentenceBreaks     characters that end a sentence or a semicolon clause
 * @param clauseBreaks       characters that end any clause, commas included
 */
public record ReferenceGrammar(Pattern clauseEnd, Pattern pursuant, String pursuantLoose, Pattern masks,
                               List<String> bodyHeads, Pattern sentence, Pattern thisReport, Pattern thisReportPursuant,
                               Pattern thisReportAfter, Pattern preparedReport, Pattern symbolFootnote,
                               Pattern beforeSymbol, String titleOpen, String titleClose,
                               String sentenceBreaks, String clauseBreaks) {
    public ReferenceGrammar {
        bodyHeads = List.copyOf(bodyHeads);
    }
}
