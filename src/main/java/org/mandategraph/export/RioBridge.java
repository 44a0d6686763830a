package org.mandategraph.export;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/** Converts Jena nodes, triples and quads to RDF4J values one at a time, so exports stream instead of copying models. */
public final class RioBridge {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RioBridge() {
    }

    public static Value value(Node n) {
        if (n.isURI()) {
            return VF.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return VF.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", "x"));
        }
        if (n.isLiteral()) {
            String lang = n.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return VF.createLiteral(n.getLiteralLexicalForm(), lang);
            }
            String dt = n.getLiteralDatatypeURI();
            if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) {
                return VF.createLiteral(n.getLiteralLexicalForm());
            }
            return VF.createLiteral(n.getLiteralLexicalForm(), VF.createIRI(dt));
        }
        if (n.isTripleTerm()) {
            Triple t = n.getTriple();
            return VF.createTriple((Resource) value(t.getSubject()), VF.createIRI(t.getPredicate().getURI()),
                    value(t.getObject()));
        }
        throw new IllegalArgumentException("cannot convert node " + n);
    }

    public static Statement statement(Triple t) {
        return VF.createStatement((Resource) value(t.getSubject()), VF.createIRI(t.getPredicate().getURI()),
                value(t.getObject()));
    }

    /** A quad of the default graph becomes a statement without context. */
    public static Statement statement(Quad q) {
        Resource s = (Resource) value(q.getSubject());
        var p = VF.createIRI(q.getPredicate().getURI());
        Value o = value(q.getObject());
        if (q.isDefaultGraph()) {
            return VF.createStatement(s, p, o);
        }
        return VF.createStatement(s, p, o, (Resource) value(q.getGraph()));
    }
}
