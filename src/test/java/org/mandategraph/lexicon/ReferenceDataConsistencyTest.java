package org.mandategraph.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.mandategraph.language.en.English;
import org.mandategraph.language.zh.Chinese;
import org.mandategraph.vocab.MG;

/**
 * The reference data of {@code ontology/bodies.ttl}, {@code states.ttl} and {@code instruments.ttl} is well formed and
 * consistent: every entry has one code and one English and one Chinese preferred label, codes are unique and end the
 * IRI, no printed name (normalised as the extractor matches it) belongs to two entries in one language unless listed
 * in {@link #SHARED} with its reason, no name is a generic short form of {@code anaphora.ttl} or a bare word of
 * {@link #GENERIC_EN}, every link points to an entry, and every code the specification and the English gold use
 * exists (with the UNTS numbers {@code corpus-en/NEW-CODES} prints).
 */
class ReferenceDataConsistencyTest {
    private static final String ID = MG.ID;
    private static final Property ORG_SUB = ModelFactory.createDefaultModel()
            .createProperty("http://www.w3.org/ns/org#subOrganizationOf");
    private static final Property ORG_POST_IN = ModelFactory.createDefaultModel()
            .createProperty("http://www.w3.org/ns/org#postIn");

    private final Model bodies = ReferenceData.load("bodies.ttl");
    private final Model instruments = ReferenceData.load("instruments.ttl");
    private final Model states = ReferenceData.load("states.ttl");
    private final Model all = ModelFactory.createDefaultModel().add(bodies).add(instruments).add(states);

    /**
     * Names that two entries share on purpose, by language: the extractor finds the entry whose IRI sorts first, so
     * each is listed with the reason it is still right. Empty today; add a row rather than loosening the check.
     */
    static final Map<String, String> SHARED = Map.of();

    /** English words that are never a name on their own: short forms are anaphora (anaphora.ttl), not aliases. */
    static final Set<String> GENERIC_EN = Set.of("parties", "the parties", "commission", "the commission", "committee",
            "the committee", "council", "the council", "office", "the office", "agency", "the agency", "conference",
            "the conference", "convention", "the convention", "treaty", "the treaty", "protocol", "the protocol",
            "programme of action", "the programme of action", "declaration", "the declaration", "assembly",
            "the assembly", "board", "the board", "fund", "the fund", "programme", "the programme", "court",
            "the court", "statute", "the statute", "agreement", "the agreement", "executive director",
            "the executive director", "high commissioner", "the high commissioner", "special rapporteur",
            "secretary", "director-general", "the director-general", "organization", "the organization",
            "states parties to the treaty", "group", "working group", "the working group", "task force");

    /** Codes NEW-CODES suggests without a gold row ("Suggested, no gold row"). */
    static final List<String> SUGGESTED = List.of("NNWS", "IAEA-GC", "IAEA-BOG", "UNRCPD", "UNLIREC", "UNREC", "CRHC",
            "OLA-LC", "CELAC", "NAM", "OAU", "COC");

    private static List<Resource> entries(Model m, Resource... types) {
        Set<Resource> out = new java.util.LinkedHashSet<>();
        for (Resource t : types) {
            out.addAll(m.listResourcesWithProperty(RDF.type, t).toList());
        }
        List<Resource> l = new ArrayList<>(out);
        l.sort(java.util.Comparator.comparing(Resource::getURI));
        return l;
    }

    private List<Resource> agents() {
        return entries(bodies, MG.Body, MG.StateGroup, MG.Agent);
    }

    private List<Resource> everything() {
        List<Resource> l = new ArrayList<>(agents());
        l.addAll(entries(instruments, MG.Instrument));
        l.addAll(entries(states, MG.State));
        return l;
    }

    private static List<String> prefLabels(Resource r, String lang) {
        return ReferenceData.labels(r, lang, SKOS.prefLabel);
    }

    @Test
    void everyEntryHasOneCodeAndOneEnglishAndOneChineseLabel() {
        List<String> bad = new ArrayList<>();
        for (Resource r : everything()) {
            List<Statement> codes = r.listProperties(SKOS.notation).toList();
            if (codes.size() != 1) {
                bad.add(r.getURI() + " has " + codes.size() + " codes");
                continue;
            }
            String code = codes.get(0).getString();
            String tail = r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
            if (!code.equals(tail) && !r.hasProperty(RDF.type, MG.State)) {
                bad.add(r.getURI() + " has code " + code);
            }
            if (!code.matches("[A-Za-z0-9-]+")) {
                bad.add(code + " is not a code");
            }
            for (String lang : List.of("en", "zh")) {
                if (prefLabels(r, lang).size() != 1) {
                    bad.add(code + " has " + prefLabels(r, lang).size() + " @" + lang + " preferred labels");
                }
            }
            if (r.getProperty(MG.kind) == null) {
                bad.add(code + " has no mg:kind");
            }
        }
        assertThat(bad).isEmpty();
        assertThat(agents()).hasSizeGreaterThan(250);
        assertThat(entries(instruments, MG.Instrument)).hasSizeGreaterThan(140);
    }

    @Test
    void codesAreUniqueAcrossBodiesAndInstrumentsEach() {
        for (List<Resource> group : List.of(agents(), entries(instruments, MG.Instrument))) {
            Map<String, List<String>> byCode = new TreeMap<>();
            for (Resource r : group) {
                for (Statement s : r.listProperties(SKOS.notation).toList()) {
                    byCode.computeIfAbsent(s.getString(), k -> new ArrayList<>()).add(r.getURI());
                }
            }
            assertThat(byCode.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::getKey))
                    .as("codes given to two entries").isEmpty();
        }
    }

    @Test
    void noNameBelongsToTwoEntriesInOneLanguage() {
        for (MatchRules rules : List.of(new English().matchRules(), new Chinese().matchRules())) {
            assertThat(sharedNames(everything(), rules)).as("names of two entries (list a deliberate one in SHARED)").isEmpty();
        }
    }

    /** The names (normalised by {@code rules}) that two of {@code rs} have, except those listed in {@link #SHARED}. */
    static List<String> sharedNames(List<Resource> rs, MatchRules rules) {
        Map<String, Set<String>> owners = new TreeMap<>();
        for (Resource r : rs) {
            for (String n : ReferenceData.labels(r, rules.language(), SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                owners.computeIfAbsent(rules.normalize(n), k -> new TreeSet<>()).add(r.getURI().substring(ID.length()));
            }
        }
        List<String> shared = new ArrayList<>();
        owners.forEach((name, iris) -> {
            if (iris.size() > 1 && !SHARED.containsKey(rules.language() + ":" + name)) {
                shared.add(rules.language() + ":" + name + " " + iris);
            }
        });
        return shared;
    }

    @Test
    void noNameIsAGenericShortForm() {
        Model anaphora = ReferenceData.load("anaphora.ttl");
        List<String> bad = new ArrayList<>();
        for (MatchRules rules : List.of(new English().matchRules(), new Chinese().matchRules())) {
            Set<String> generic = new TreeSet<>();
            for (Resource a : anaphora.listSubjectsWithProperty(RDF.type, MG.AnaphorRule).toList()) {
                ReferenceData.labels(a, rules.language(), MG.anaphorSurface).forEach(s -> generic.add(rules.normalize(s)));
            }
            if (rules.language().equals("en")) {
                GENERIC_EN.forEach(s -> generic.add(rules.normalize(s)));
            }
            for (Resource r : agents()) {
                for (String n : ReferenceData.labels(r, rules.language(), SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                    if (generic.contains(rules.normalize(n))) {
                        bad.add(r.getURI() + " " + n);
                    }
                }
            }
            for (Resource r : entries(instruments, MG.Instrument)) {
                for (String n : ReferenceData.labels(r, rules.language(), SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                    if (generic.contains(rules.normalize(n))) {
                        bad.add(r.getURI() + " " + n);
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyLabelIsALanguageTaggedLiteralAndEveryLinkAnEntry() {
        List<String> bad = new ArrayList<>();
        Set<String> known = new TreeSet<>();
        everything().forEach(r -> known.add(r.getURI()));
        known.add(ID + "body/UN");
        for (Resource r : everything()) {
            for (Property p : List.of(SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)) {
                for (Statement s : r.listProperties(p).toList()) {
                    if (!s.getObject().isLiteral() || s.getLiteral().getLanguage().isEmpty()
                            || !s.getLiteral().getLexicalForm().equals(s.getLiteral().getLexicalForm().strip())
                            || s.getLiteral().getLexicalForm().isEmpty()) {
                        bad.add(r.getURI() + " " + p.getLocalName() + " " + s.getObject());
                    }
                }
            }
            for (Property p : List.of(ORG_SUB, ORG_POST_IN, MG.parentInstrument)) {
                for (Statement s : r.listProperties(p).toList()) {
                    RDFNode o = s.getObject();
                    if (!o.isURIResource() || !known.contains(o.asResource().getURI())) {
                        bad.add(r.getURI() + " " + p.getLocalName() + " " + o);
                    }
                }
            }
            // Chinese instrument titles are stored without their 《》 (the text's brackets are not part of the name)
            if (r.hasProperty(RDF.type, MG.Instrument)) {
                for (String n : ReferenceData.labels(r, "zh", SKOS.prefLabel, SKOS.altLabel)) {
                    if (n.startsWith("《") || n.endsWith("》")) {
                        bad.add(r.getURI() + " " + n);
                    }
                }
            }
            boolean hasVolume = r.hasProperty(MG.untsVolume);
            if (hasVolume && !r.hasProperty(MG.untsNumber)) {
                bad.add(r.getURI() + " has a UNTS volume without a number");
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void everyCodeTheSpecificationFixesExists() throws IOException {
        // the contract's code lists (../shared/spec beside the project; the codes they fix are repeated here so the
        // check runs where the shared folder is absent)
        Set<String> body = new TreeSet<>(List.of("GA", "SC", "ECOSOC", "SG", "Secretariat", "C3", "HRC", "CCPCJ", "CND",
                "INCB", "COP-UNTOC", "COSP-UNCAC", "UNODC", "UNODC-ED", "UNODC-IEU", "GPML", "CCPCJ-PROGRAMME", "UNICRI",
                "PNI", "TF-TOC", "EG-CYBERCRIME", "CTC", "CTED", "CTITF", "UNOCT", "UNDP", "UNICEF", "UNEP", "UNHCR",
                "OHCHR", "UN-WOMEN", "UNESCO", "WHO", "ILO", "IMO", "ICAO", "UNWTO", "WB", "IMF", "IOM", "FATF", "EGMONT",
                "OECD", "INTERPOL", "WCO", "EU", "EUROPOL", "EUROJUST", "OSCE", "OAS", "AU", "MemberStates",
                "StatesParties", "States", "Donors"));
        Set<String> inst = new TreeSet<>(List.of("UNTOC", "UNTOC-TIP", "UNTOC-SOM", "UNTOC-FIR", "UNCAC", "DRUG1988",
                "SINGLE1961", "PSYCH1971", "ICSFT", "CRC", "UNESCO1970", "CHARTER", "SALVADOR", "MILLENNIUM", "GCTS",
                "BANGKOK", "POA2009", "AGENDA2030", "DOHA", "MANDELA"));
        for (String[] f : new String[][] {{"bodies.csv", "b"}, {"instruments.csv", "i"}}) {
            Path p = Path.of("..", "shared", "spec", f[0]);
            if (Files.exists(p)) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8).subList(1, Files.readAllLines(p).size())) {
                    if (!line.isBlank()) {
                        (f[1].equals("b") ? body : inst).add(line.substring(0, line.indexOf(',')));
                    }
                }
            }
        }
        assertThat(codes(agents())).containsAll(body);
        assertThat(codes(entries(instruments, MG.Instrument))).containsAll(inst);
    }

    private static Set<String> codes(List<Resource> rs) {
        Set<String> out = new TreeSet<>();
        rs.forEach(r -> r.listProperties(SKOS.notation).forEachRemaining(s -> out.add(s.getString())));
        return out;
    }

    @Test
    void everyCodeOfTheEnglishGoldExistsWithTheUntsNumbersItPrints() throws IOException {
        String text = Files.readString(Path.of("src/test/resources/corpus-en/NEW-CODES"), StandardCharsets.UTF_8);
        Set<String> bodyCodes = codes(agents());
        Map<String, Resource> instByCode = new TreeMap<>();
        for (Resource r : entries(instruments, MG.Instrument)) {
            instByCode.put(r.getProperty(SKOS.notation).getString(), r);
        }
        String[] parts = text.split("## Instruments");
        assertThat(parts).hasSize(2);
        List<String> missing = new ArrayList<>();
        List<String> wrongUnts = new ArrayList<>();
        Pattern row = Pattern.compile("(?m)^\\| ([A-Za-z0-9-]+) \\|(.*)\\|\\s*$");
        Matcher m = row.matcher(parts[0]);
        int n = 0;
        while (m.find()) {
            if (m.group(1).equals("code")) {
                continue;
            }
            n++;
            if (!bodyCodes.contains(m.group(1))) {
                missing.add("body/" + m.group(1));
            }
        }
        for (String c : SUGGESTED) {
            if (!bodyCodes.contains(c)) {
                missing.add("body/" + c);
            }
        }
        m = row.matcher(parts[1]);
        Pattern unts = Pattern.compile("^\\s*(\\d+)/(\\d+)\\s*$");
        while (m.find()) {
            if (m.group(1).equals("code")) {
                continue;
            }
            n++;
            Resource r = instByCode.get(m.group(1));
            if (r == null) {
                missing.add("instrument/" + m.group(1));
                continue;
            }
            String[] cells = m.group(2).split("\\|");
            Matcher u = unts.matcher(cells[cells.length - 1]);
            if (u.find()) {
                check(r, u.group(1), u.group(2), wrongUnts);
            }
        }
        // "Existing codes whose UNTS numbers the documents print: ATT 3013/52373, …"
        Matcher printed = Pattern.compile("([A-Z][A-Z0-9-]+) (\\d+)/(\\d+)").matcher(parts[1].substring(parts[1].indexOf("Existing codes")));
        while (printed.find()) {
            n++;
            Resource r = instByCode.get(printed.group(1));
            if (r == null) {
                missing.add("instrument/" + printed.group(1));
            } else {
                check(r, printed.group(2), printed.group(3), wrongUnts);
            }
        }
        assertThat(n).as("rows read from NEW-CODES").isGreaterThan(35);
        assertThat(missing).isEmpty();
        assertThat(wrongUnts).isEmpty();
    }

    private static void check(Resource r, String volume, String number, List<String> wrong) {
        Statement v = r.getProperty(MG.untsVolume);
        Statement no = r.getProperty(MG.untsNumber);
        if (v == null || no == null || !v.getString().equals(volume) || !no.getString().equals(number)) {
            wrong.add(r.getURI() + " " + volume + "/" + number + " but " + (v == null ? "-" : v.getString()) + "/"
                    + (no == null ? "-" : no.getString()));
        }
    }

    // --- the code lists ontology/bodies.csv and ontology/instruments.csv: the contract's lists (../shared/spec)
    // extended by every code of the data, derived from the Turtle so that they cannot drift from it

    @Test
    void theCodeListsInOntologyAreTheData() throws IOException {
        List<String> stale = new ArrayList<>();
        for (String[] f : new String[][] {{"bodies.csv", "b"}, {"instruments.csv", "i"}}) {
            String want = f[1].equals("b") ? csv(agents(), false) : csv(entries(instruments, MG.Instrument), true);
            Path p = Path.of("ontology", f[0]);
            String have = Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
            if (!have.equals(want)) {
                Path out = Path.of("target", f[0]);
                Files.createDirectories(out.getParent());
                Files.writeString(out, want, StandardCharsets.UTF_8);
                stale.add(p + " differs from the Turtle: cp " + out + " " + p);
            }
        }
        assertThat(stale).isEmpty();
    }

    /**
     * One row per entry, by code: the columns of the contract's lists (code, kind, name_en, name_zh, aliases_zh, and
     * for instruments unts as volume/number), then aliases_en and parent. Chinese titles of instruments in 《》 as
     * printed.
     */
    static String csv(List<Resource> rs, boolean instrument) {
        StringBuilder sb = new StringBuilder(instrument
                ? "code,kind,name_en,name_zh,aliases_zh,unts,aliases_en,parent\n"
                : "code,kind,name_en,name_zh,aliases_zh,aliases_en,parent\n");
        Map<String, Resource> byCode = new TreeMap<>();
        rs.forEach(r -> byCode.put(r.getProperty(SKOS.notation).getString(), r));
        for (Map.Entry<String, Resource> e : byCode.entrySet()) {
            Resource r = e.getValue();
            java.util.function.UnaryOperator<String> zh = instrument ? t -> "《" + t + "》" : t -> t;
            List<String> cells = new ArrayList<>();
            cells.add(e.getKey());
            cells.add(r.getProperty(MG.kind) == null ? "" : r.getProperty(MG.kind).getString());
            cells.add(String.join("|", prefLabels(r, "en")));
            cells.add(String.join("|", prefLabels(r, "zh").stream().map(zh).toList()));
            cells.add(String.join("|", ReferenceData.labels(r, "zh", SKOS.altLabel).stream().sorted().map(zh).toList()));
            if (instrument) {
                Statement v = r.getProperty(MG.untsVolume);
                Statement n = r.getProperty(MG.untsNumber);
                cells.add(v == null || n == null ? "" : v.getString() + "/" + n.getString());
            }
            cells.add(String.join("|", ReferenceData.labels(r, "en", SKOS.altLabel).stream().sorted().toList()));
            Statement parent = r.getProperty(instrument ? MG.parentInstrument : ORG_SUB);
            cells.add(parent == null || !parent.getObject().isURIResource() ? ""
                    : parent.getResource().getURI().substring(parent.getResource().getURI().lastIndexOf('/') + 1));
            sb.append(String.join(",", cells.stream().map(ReferenceDataConsistencyTest::quote).toList())).append('\n');
        }
        return sb.toString();
    }

    private static String quote(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    @Test
    void theChecksCanFail() {
        // a second "General Assembly" (in other capitals and spacing) and "大 会", a Chinese label missing, a literal
        // where an entry belongs: each is caught by the check that guards it
        Model broken = ModelFactory.createDefaultModel().add(bodies);
        Resource x = broken.createResource(ID + "body/XA").addProperty(RDF.type, MG.Body)
                .addProperty(SKOS.notation, "XA").addProperty(MG.kind, "office")
                .addProperty(SKOS.prefLabel, broken.createLiteral("general  Assembly", "en"))
                .addProperty(SKOS.altLabel, broken.createLiteral("大 会", "zh"))
                .addProperty(ORG_SUB, "United Nations entities");
        List<Resource> rs = entries(broken, MG.Body, MG.StateGroup, MG.Agent);
        assertThat(sharedNames(rs, new English().matchRules())).containsExactly("en:general assembly [body/GA, body/XA]");
        assertThat(sharedNames(rs, new Chinese().matchRules())).containsExactly("zh:大会 [body/GA, body/XA]");
        assertThat(prefLabels(x, "zh")).isEmpty();
        assertThat(x.getProperty(ORG_SUB).getObject().isURIResource()).isFalse();
        assertThat(sharedNames(agents(), new English().matchRules())).isEmpty();
    }
}
