package org.mandategraph.language;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * What resolving short forms needs to know of a language beyond the short forms themselves (which are data): where a
 * bare short form may start, which demonstratives open one, which generic words a group's name shares with every
 * group, and which head and topic words to ignore when matching a name against a document's title.
 *
 * @param phraseBreak    characters after which a bare short form starts a phrase ({@code 请}, {@code 与})
 * @param wordChar       code points that continue a word (a bare short form right after one ends a longer name)
 * @param demonstratives words opening a short form ({@code 该}, {@code 本}; "the", "this"), stripped to get its head
 * @param genericHeads   words every group's name may carry ({@code 政府间}, {@code 专家组}), cut to find what
 *                       distinguishes a group
 * @param topicSuffix    a word ending the distinguishing part that is not itself distinguishing ({@code 问题}), or null
 * @param commissionHead the generic head of a commission's name ({@code 委员会}), ignored when comparing with a title
 * @param postNames      how a post's full name is made of its office's name and its title, as format strings with
 *                       {@code %1$s} the office and {@code %2$s} the title ({@code 办公室执行主任}: "%1$s%2$s";
 *                       "Executive Director of the Office": "%2$s of the %1$s", "%2$s of %1$s")
 * @param sharedHead     modifiers coordinated before one head noun that each make a name with it ("the Olympic and
 *                       Paralympic movements": the Olympic movement and the Paralympic movement), {@code find}: group
 *                       {@code mods} the modifiers with their joiners, group {@code head} the head; null where the
 *                       language does not print names so
 * @param modifierJoiner what separates the modifiers in group {@code mods} ({@code ,} and "and"), when sharedHead is set
 */
public record AnaphoraGrammar(String phraseBreak, IntPredicate wordChar, List<String> demonstratives,
                              List<String> genericHeads, String topicSuffix, String commissionHead,
                              List<String> postNames, java.util.regex.Pattern sharedHead,
                              java.util.regex.Pattern modifierJoiner) {
    public AnaphoraGrammar {
        demonstratives = List.copyOf(demonstratives);
        genericHeads = List.copyOf(genericHeads);
        postNames = List.copyOf(postNames);
    }

    /** A short form without the demonstrative opening it ({@code the Executive Director} → {@code Executive Director}). */
    public String head(String surface) {
        for (String d : demonstratives) {
            if (surface.startsWith(d)) {
                return surface.substring(d.length());
            }
        }
        return surface;
    }
}
