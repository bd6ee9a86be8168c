package nl.doorbraak.region.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import nl.doorbraak.region.Werkwijze;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads and validates werkwijze files: YAML without unknown fields, Bean Validation, then checks across fields.
 * Works without Spring on plain bytes; {@link #loadAll} finds the files on the classpath.
 */
class WerkwijzeLoader {

    static final String DIRECTORY = "werkwijzen/";
    static final String PATTERN = "classpath*:" + DIRECTORY + "*.yml";

    private final WerkwijzeParser parser = new WerkwijzeParser();
    private final ConstraintCheck constraints = new ConstraintCheck();
    private final StructureChecks structure = new StructureChecks();
    private final TableChecks tables = new TableChecks();

    /** @param fileName the file's name, such as {@code amsterdam.yml}; the slug must equal it without extension */
    LoadedWerkwijze load(String fileName, byte[] yaml) {
        String file = DIRECTORY + fileName;
        if (!fileName.endsWith(".yml")) {
            throw new WerkwijzeException(file, null, "de naam moet eindigen op .yml");
        }
        Werkwijze werkwijze = parser.parse(file, yaml);
        constraints.check(file, werkwijze);
        structure.check(file, fileName.substring(0, fileName.length() - ".yml".length()), werkwijze);
        tables.check(file, werkwijze.tables());
        return new LoadedWerkwijze(file, sha256(yaml), werkwijze);
    }

    List<LoadedWerkwijze> loadAll(ResourcePatternResolver resolver) {
        Resource[] resources = resources(resolver);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        List<LoadedWerkwijze> loaded = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Resource resource : resources) {
            LoadedWerkwijze werkwijze = load(resource.getFilename(), bytes(resource));
            if (!slugs.add(werkwijze.werkwijze().slug())) {
                throw new WerkwijzeException(werkwijze.file(), "slug", "staat ook in een ander bestand");
            }
            loaded.add(werkwijze);
        }
        if (loaded.isEmpty()) {
            throw new WerkwijzeException(DIRECTORY + "*.yml", null, "geen werkwijze-bestanden gevonden");
        }
        return List.copyOf(loaded);
    }

    private static Resource[] resources(ResourcePatternResolver resolver) {
        try {
            return resolver.getResources(PATTERN);
        } catch (IOException e) {
            throw new UncheckedIOException("Kan " + PATTERN + " niet lezen", e);
        }
    }

    private static byte[] bytes(Resource resource) {
        try (var in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new WerkwijzeException(DIRECTORY + resource.getFilename(), null, "kan het bestand niet lezen", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze JVM", e);
        }
    }
}
