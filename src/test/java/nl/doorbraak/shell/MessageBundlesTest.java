package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The Dutch and English bundles stay in step, and every message a template asks for exists. */
class MessageBundlesTest {

    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** {@code #{key}} or {@code #{key(args)}}; the key stops at the closing brace or the argument list. */
    private static final Pattern MESSAGE_REFERENCE = Pattern.compile("#\\{([^}(]+)");

    @Test
    void everyDutchBundleHasAnEnglishTwinWithTheSameKeys() {
        List<String> problems = new ArrayList<>();
        for (Path dutch : dutchBundles()) {
            Path english = dutch.resolveSibling(baseName(dutch) + "_en.properties");
            if (!Files.exists(english)) {
                problems.add(english.getFileName() + " is missing");
                continue;
            }
            Set<String> dutchKeys = load(dutch).stringPropertyNames();
            Set<String> englishKeys = load(english).stringPropertyNames();
            addMissing(problems, english, dutchKeys, englishKeys);
            addMissing(problems, dutch, englishKeys, dutchKeys);
        }
        assertThat(problems).as("bundle differences").isEmpty();
    }

    @Test
    void noMessageIsBlank() {
        List<String> blanks = new ArrayList<>();
        for (Path bundle : allBundles()) {
            Properties messages = load(bundle);
            messages.stringPropertyNames().stream().filter(key -> messages.getProperty(key).isBlank()).sorted()
                    .forEach(key -> blanks.add(bundle.getFileName() + ": " + key));
        }
        assertThat(blanks).as("blank messages").isEmpty();
    }

    @Test
    void everyMessageATemplateUsesExistsInDutch() throws IOException {
        Set<String> known = new TreeSet<>();
        dutchBundles().forEach(bundle -> known.addAll(load(bundle).stringPropertyNames()));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                referencedKeys(template).stream().filter(key -> !known.contains(key))
                        .forEach(key -> missing.add(TEMPLATES.relativize(template) + ": " + key));
            }
        }
        assertThat(missing).as("template messages without a Dutch text").isEmpty();
    }

    private static Set<String> referencedKeys(Path template) throws IOException {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = MESSAGE_REFERENCE.matcher(Files.readString(template, StandardCharsets.UTF_8));
        while (matcher.find()) {
            String key = matcher.group(1).strip();
            if (!isBuiltAtRuntime(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Keys put together from expressions or preprocessing cannot be checked statically. */
    private static boolean isBuiltAtRuntime(String key) {
        return key.contains("${") || key.contains("__") || key.contains("'") || key.contains("+") || key.contains("*{");
    }

    private static void addMissing(List<String> problems, Path bundle, Set<String> expected, Set<String> actual) {
        new TreeSet<>(expected).stream().filter(key -> !actual.contains(key))
                .forEach(key -> problems.add(bundle.getFileName() + " lacks " + key));
    }

    private static List<Path> dutchBundles() {
        return allBundles().stream().filter(p -> !baseName(p).contains("_")).toList();
    }

    private static List<Path> allBundles() {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseName(Path bundle) {
        String name = bundle.getFileName().toString();
        return name.substring(0, name.length() - ".properties".length());
    }

    private static Properties load(Path bundle) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
