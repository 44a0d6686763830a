package org.mandategraph.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package layers of docs/ARCHITECTURE.md, enforced: each layer may use only the layers below it, and no two
 * packages depend on each other. A language module is reached only through the {@code Language} interface (the
 * ServiceLoader finds it), so nothing names {@code language.zh} directly. A new package must be given its layer
 * here, or the last test fails.
 */
class ArchitectureTest {
    /** Bottom first. */
    private static final List<String[]> LAYERS = List.of(
            new String[] {"document", "org.mandategraph.document.."},
            new String[] {"vocab", "org.mandategraph.vocab.."},
            new String[] {"read", "org.mandategraph.read.."},
            new String[] {"lexicon", "org.mandategraph.lexicon.."},
            new String[] {"language", "org.mandategraph.language"},
            new String[] {"language modules", "org.mandategraph.language.(*).."},
            new String[] {"segment", "org.mandategraph.segment.."},
            new String[] {"annotate", "org.mandategraph.annotate.."},
            new String[] {"rdf", "org.mandategraph.rdf.."},
            new String[] {"ingest", "org.mandategraph.ingest.."},
            new String[] {"store", "org.mandategraph.store.."},
            new String[] {"export", "org.mandategraph.export.."},
            new String[] {"web", "org.mandategraph.web.."},
            new String[] {"bench", "org.mandategraph.bench.."},
            new String[] {"cli", "org.mandategraph.cli.."});

    private static JavaClasses classes;

    @BeforeAll
    static void importMain() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mandategraph");
    }

    @Test
    void layersOnlyPointDown() {
        LayeredArchitecture arch = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (String[] l : LAYERS) {
            arch = arch.layer(l[0]).definedBy(l[1]);
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            String name = LAYERS.get(i)[0];
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream().map(l -> l[0])
                    .filter(n -> !n.equals("language modules")).toArray(String[]::new);
            if (name.equals("language modules")) {
                arch = arch.whereLayer(name).mayNotBeAccessedByAnyLayer();
            } else if (name.equals("language")) {
                String[] withModules = Arrays.copyOf(above, above.length + 1);
                withModules[above.length] = "language modules";
                arch = arch.whereLayer(name).mayOnlyBeAccessedByLayers(withModules);
            } else if (above.length == 0) {
                arch = arch.whereLayer(name).mayNotBeAccessedByAnyLayer();
            } else {
                List<String> from = new java.util.ArrayList<>(List.of(above));
                if (i < 5) {
                    from.add("language modules"); // a module may use what lies below the Language interface
                }
                arch = arch.whereLayer(name).mayOnlyBeAccessedByLayers(from.toArray(String[]::new));
            }
        }
        arch.check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.mandategraph.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageHasALayer() {
        List<String> unplaced = classes.stream().map(c -> c.getPackageName()).distinct()
                .filter(p -> p.startsWith("org.mandategraph."))
                .filter(p -> LAYERS.stream().noneMatch(l -> matches(p, l[1])))
                .toList();
        assertThat(unplaced).as("packages not placed in a layer").isEmpty();
    }

    private static boolean matches(String pkg, String pattern) {
        if (pattern.endsWith(".(*)..")) {
            String base = pattern.substring(0, pattern.length() - ".(*)..".length());
            return pkg.startsWith(base + ".");
        }
        if (pattern.endsWith("..")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return pkg.equals(pattern);
    }
}
