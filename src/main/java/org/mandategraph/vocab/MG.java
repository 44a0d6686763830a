package org.mandategraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The MandateGraph vocabulary, named exactly after the local names in {@code ontology/mandategraph.ttl}
 * (as Jena's {@code RDFS} class is); {@code VocabularyTest} checks every constant is declared there.
 */
public final class MG {
    public static final String NS = "https://w3id.org/mandategraph/ontology#";
    public static final String ID = "https://w3id.org/mandategraph/id/";

    private MG() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource Document = r("Document");
    public static final Resource Resolution = r("Resolution");
    public static final Resource Decision = r("Decision");
    public static final Resource Report = r("Report");
    public static final Resource Paragraph = r("Paragraph");
    public static final Resource LanguageVersion = r("LanguageVersion");
    public static final Resource ParagraphText = r("ParagraphText");
    public static final Property hasVersion = p("hasVersion");
    public static final Property versionOf = p("versionOf");
    public static final Property inVersion = p("inVersion");
    public static final Property textOf = p("textOf");
    public static final Property fileName = p("fileName");
    public static final Property pageX = p("pageX");
    public static final Property pageY = p("pageY");
    public static final Property attestedIn = p("attestedIn");
    public static final Resource PreambularParagraph = r("PreambularParagraph");
    public static final Resource OperativeParagraph = r("OperativeParagraph");
    public static final Resource ReportParagraph = r("ReportParagraph");
    public static final Resource AnnexParagraph = r("AnnexParagraph");
    public static final Resource SubParagraph = r("SubParagraph");
    public static final Resource Footnote = r("Footnote");
    public static final Resource Agent = r("Agent");
    public static final Resource Body = r("Body");
    public static final Resource StateGroup = r("StateGroup");
    public static final Resource State = r("State");
    public static final Resource Instrument = r("Instrument");
    public static final Resource Provision = r("Provision");
    public static final Resource Mandate = r("Mandate");
    public static final Resource ActionVerb = r("ActionVerb");
    public static final Resource Topic = r("Topic");
    public static final Resource Citation = r("Citation");

    // document and structure
    public static final Property sourceFile = p("sourceFile");
    public static final Property symbol = p("symbol");
    public static final Property adoptedBy = p("adoptedBy");
    public static final Property author = p("author");
    public static final Property adoptedOn = p("adoptedOn");
    public static final Property distributedOn = p("distributedOn");
    public static final Property organ = p("organ");
    public static final Property session = p("session");
    public static final Property agendaItem = p("agendaItem");
    public static final Property committeeReport = p("committeeReport");
    public static final Property plenaryMeeting = p("plenaryMeeting");
    public static final Property resolutionNumber = p("resolutionNumber");
    public static final Property hasParagraph = p("hasParagraph");
    public static final Property hasSubParagraph = p("hasSubParagraph");
    public static final Property hasFootnote = p("hasFootnote");
    public static final Property footnote = p("footnote");
    public static final Property partOf = p("partOf");
    public static final Property number = p("number");
    public static final Property ordinal = p("ordinal");
    public static final Property text = p("text");
    public static final Property sourceSpanStart = p("sourceSpanStart");
    public static final Property page = p("page");
    public static final Property sourceSpanEnd = p("sourceSpanEnd");

    // mandates
    public static final Property leadVerb = p("leadVerb");
    public static final Property tasks = p("tasks");
    public static final Property requests = p("requests");
    public static final Property callsUpon = p("callsUpon");
    public static final Property urges = p("urges");
    public static final Property encourages = p("encourages");
    public static final Property invites = p("invites");
    public static final Property recommendsTo = p("recommendsTo");
    public static final Property inParagraph = p("inParagraph");
    public static final Property verb = p("verb");
    public static final Property addressee = p("addressee");
    public static final Property topic = p("topic");
    public static final Property reportTo = p("reportTo");
    public static final Property dueSession = p("dueSession");
    public static final Property verbClass = p("verbClass");
    public static final Property taskProperty = p("taskProperty");
    public static final Property mentions = p("mentions");
    public static final Property verbEvidence = p("verbEvidence");
    public static final Property addresseeEvidence = p("addresseeEvidence");
    public static final Property evidence = p("evidence");

    // citations
    public static final Property cites = p("cites");
    public static final Property citation = p("citation");
    public static final Property target = p("target");
    public static final Property respondsTo = p("respondsTo");
    public static final Property answersMandate = p("answersMandate");
    public static final Property untsVolume = p("untsVolume");
    public static final Property untsNumber = p("untsNumber");
    public static final Property parentInstrument = p("parentInstrument");
    public static final Property kind = p("kind");
    public static final Property adoptsResolutions = p("adoptsResolutions");
    public static final Property addressable = p("addressable");
    public static final Property resolutionSeries = p("resolutionSeries");
    public static final Property sourcePath = p("sourcePath");
    public static final Property numberShape = p("numberShape");
    public static final Property shapeDecides = p("shapeDecides");
    public static final Property defaultIssuer = p("defaultIssuer");
    public static final Property bareNumberIssuer = p("bareNumberIssuer");
    public static final Resource AnaphorRule = r("AnaphorRule");
    public static final Property anaphorSurface = p("anaphorSurface");
    public static final Property denotesKind = p("denotesKind");
    public static final Property resolution = p("resolution");
    public static final Property bare = p("bare");
    public static final Property notInside = p("notInside");
    public static final Property iso3 = p("iso3");

    // counts kept at load time in the summary graph (store.Summary)
    public static final Resource DocumentTally = r("DocumentTally");
    public static final Resource EntityTally = r("EntityTally");
    public static final Resource VerbTally = r("VerbTally");
    public static final Resource IssuerTally = r("IssuerTally");
    public static final Resource StoreTotal = r("StoreTotal");
    public static final Resource EntityTotal = r("EntityTotal");
    public static final Resource VerbTotal = r("VerbTotal");
    public static final Resource IssuerTotal = r("IssuerTotal");
    public static final Resource TopicTally = r("TopicTally");
    public static final Resource TopicTotal = r("TopicTotal");
    public static final Resource TopicAddresseeTally = r("TopicAddresseeTally");
    public static final Resource TopicAddresseeTotal = r("TopicAddresseeTotal");
    public static final Property toAddressee = p("toAddressee");
    public static final Property paragraphCount = p("paragraphCount");
    public static final Property ofDocument = p("ofDocument");
    public static final Property about = p("about");
    public static final Property issuedBy = p("issuedBy");
    public static final Property year = p("year");
    public static final Property documentCount = p("documentCount");
    public static final Property preambularCount = p("preambularCount");
    public static final Property operativeCount = p("operativeCount");
    public static final Property reportParagraphCount = p("reportParagraphCount");
    public static final Property mandateCount = p("mandateCount");
    public static final Property reportingMandateCount = p("reportingMandateCount");
    public static final Property citationCount = p("citationCount");
    public static final Property mentioningParagraphCount = p("mentioningParagraphCount");
    public static final Property addressingMandateCount = p("addressingMandateCount");
    public static final Property taskingParagraphCount = p("taskingParagraphCount");
    public static final Property citingParagraphCount = p("citingParagraphCount");
    public static final Property citingWithinParagraphCount = p("citingWithinParagraphCount");
}
