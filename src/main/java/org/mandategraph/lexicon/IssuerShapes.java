package org.mandategraph.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.mandategraph.vocab.MG;

/**
 * Which body issued a resolution number cited with no body named, from the shape of the number, read from
 * {@code mg:numberShape}, {@code mg:shapeDecides}, {@code mg:defaultIssuer} and {@code mg:bareNumberIssuer} on the
 * bodies in {@code ontology/bodies.ttl}: {@code 2012/17} is ECOSOC's, {@code 1373 (2001)} the Security Council's,
 * {@code 65/230} the General Assembly's in an Assembly or ECOSOC text and the adopting body's own elsewhere.
 */
public final class IssuerShapes {
    private record Shape(String body, Pattern pattern, boolean decides) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final Map<String, String> bareIssuer = new HashMap<>();
    private String defaultIssuer;

    public IssuerShapes(Model m) {
        List<Resource> bodies = m.listSubjectsWithProperty(MG.numberShape).toList();
        bodies.addAll(m.listSubjectsWithProperty(MG.bareNumberIssuer).toList());
        bodies.addAll(m.listSubjectsWithProperty(MG.defaultIssuer).toList());
        bodies.sort(Comparator.comparing(r -> code(r)));
        for (Resource r : bodies.stream().distinct().toList()) {
            String code = code(r);
            for (Statement s : r.listProperties(MG.numberShape).toList()) {
                Statement d = r.getProperty(MG.shapeDecides);
                shapes.add(new Shape(code, Pattern.compile(s.getString()), d != null && d.getBoolean()));
            }
            Resource bare = r.getPropertyResourceValue(MG.bareNumberIssuer);
            if (bare != null) {
                bareIssuer.put(code, code(bare));
            }
            Statement dflt = r.getProperty(MG.defaultIssuer);
            if (dflt != null && dflt.getBoolean() && defaultIssuer == null) {
                defaultIssuer = code;
            }
        }
    }

    private static String code(Resource r) {
        Statement n = r.getProperty(SKOS.notation);
        return n != null ? n.getString() : r.getURI().substring(r.getURI().lastIndexOf('/') + 1);
    }

    /** The shipped data's shapes, read on first use. */
    public static IssuerShapes get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final IssuerShapes INSTANCE = new IssuerShapes(ReferenceData.get().union());
    }

    /** The body whose numbers alone have this shape whatever body is named before it, or null. */
    public String decisive(String number) {
        return shapes.stream().filter(s -> s.decides() && s.pattern().matcher(number).find()).map(Shape::body)
                .findFirst().orElse(null);
    }

    /** The issuer of a number cited with no body named, in a text adopted by {@code adoptingBody} (or null). */
    public String issuer(String number, String adoptingBody) {
        for (Shape s : shapes) {
            if (s.body().equals(adoptingBody) && s.pattern().matcher(number).find()) {
                return adoptingBody;
            }
        }
        for (Shape s : shapes) {
            if (s.pattern().matcher(number).find()) {
                return s.body();
            }
        }
        if (adoptingBody == null) {
            return defaultIssuer;
        }
        return bareIssuer.getOrDefault(adoptingBody, adoptingBody);
    }
}
