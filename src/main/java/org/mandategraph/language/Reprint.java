package org.mandategraph.language;

/**
 * New particulars for a document printed again with another session, agenda item and date: the bench's corpus
 * generator recombines the seeds into fresh documents, and only each language knows how it prints these.
 */
public record Reprint(int session, int agendaItem, int year, int month, int day) {
}
