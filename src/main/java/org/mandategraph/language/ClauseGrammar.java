package org.mandategraph.language;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * How a language strings directives together in an operative paragraph: what breaks a clause, which conjunction
 * opens a new directive without a break ({@code 并请}), which connectives may stand before a directive verb
 * ({@code 同时还请}, "also"), which words list addressees, which gap between a verb and an agent still leaves the
 * agent its addressee (a determiner, a modifier), and how a reporting mandate names its audience and session.
 * The mandate annotator reads these instead of assuming a language.
 *
 * @param clauseBreaks characters that end a clause
 * @param conjunction  a word that opens a new directive with no clause break before it, or null
 * @param connectives  words that may precede a directive verb without belonging to its form, longest first
 * @param listJoiners  words joining addressees into a list, longest first
 * @param determiner   whether a gap (spaces removed) before an agent is only a determiner ({@code 各}, "all")
 * @param modifier     whether a gap (spaces removed) between a verb and an agent is a modifier of that agent
 * @param reportMarker the word before the body a report goes to ({@code 向}), or null
 * @param session      the session a report is due at, right after that body; group 1 is its printed number
 * @param reportWord   the word that makes the clause a reporting mandate ({@code 报告})
 * @param agentComplement what may follow an agent before the next one of a list without ending it ("States Parties
 *                     <em>to the Treaty on the South-East Asia Nuclear-Weapon-Free Zone</em> and the nuclear-weapon
 *                     States"), matched with {@code lookingAt} right after the agent; null where names carry no such tail
 * @param recipientMarker the word before the addressee of a directive that names its object first ("Recommends the
 *                     guidelines … <em>to</em> all Member States"), for the verbs in {@code objectFirstVerbs}; or null
 * @param objectFirstVerbs the codes of the directive verbs whose object may come before their addressee
 */
public record ClauseGrammar(String clauseBreaks, String conjunction, List<String> connectives, List<String> listJoiners,
                            Predicate<String> determiner, Predicate<String> modifier, String reportMarker,
                            Pattern session, String reportWord, Pattern agentComplement, String recipientMarker,
                            java.util.Set<String> objectFirstVerbs) {
    public ClauseGrammar {
        connectives = List.copyOf(connectives);
        listJoiners = List.copyOf(listJoiners);
        objectFirstVerbs = java.util.Set.copyOf(objectFirstVerbs);
    }

    public boolean breaksClause(char c) {
        return clauseBreaks.indexOf(c) >= 0;
    }
}
