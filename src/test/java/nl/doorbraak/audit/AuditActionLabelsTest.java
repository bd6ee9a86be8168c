package nl.doorbraak.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every audit action has a plain-Dutch label (and an English twin), so the privacy officer never reads a code. The
 * codes come from two places: the source (the action argument of {@code AuditEvent.of} and of every method that
 * passes an {@code action} parameter on, plus {@code String action = "..."} constants) and the audit log itself after
 * the demo data and any earlier tests in this JVM wrote to it.
 */
@SpringBootTest
@ActiveProfiles("test")
class AuditActionLabelsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    /** A method declaration (or constructor) with its parameter list. */
    private static final Pattern DECLARATION = Pattern.compile("\\b(\\w+)\\s*\\(([^()]*)\\)\\s*(?:\\{|throws)");
    private static final Pattern ACTION_PARAMETER = Pattern.compile("\\bString\\s+(action|auditAction)$");
    private static final Pattern ACTION_CONSTANT = Pattern.compile(
            "\\bString\\s+(?:action|auditAction|[A-Z_]*ACTION)\\s*=\\s*([^;]+);");
    private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");
    private static final Pattern STRING_CONSTANT = Pattern.compile("\\bstatic final String\\s+(\\w+)\\s*=\\s*\"([A-Z][A-Z0-9_]*)\";");

    @Autowired JdbcClient jdbc;

    @Test
    void everyAuditActionInTheSourceAndTheLogHasADutchAndEnglishLabel() throws IOException {
        Set<String> codes = new TreeSet<>(codesInSource());
        codes.addAll(jdbc.sql("select distinct action from audit_log").query(String.class).list());
        Properties dutch = load("audit.properties");
        Properties english = load("audit_en.properties");

        assertThat(codes).as("codes found").contains("INLOGGEN", "CASUSLIJST_BEKEKEN", "CASUS_BEKEKEN", "VERSLAG_BEKEKEN",
                "OPGESCHAALD", "AFSPRAAK_DEADLINE", "LOGBOEK_BEKEKEN");
        assertThat(codes.stream().filter(code -> !dutch.containsKey("audit.action." + code)).toList())
                .as("audit actions without a Dutch label in audit.properties").isEmpty();
        assertThat(codes.stream().filter(code -> !english.containsKey("audit.action." + code)).toList())
                .as("audit actions without an English label in audit_en.properties").isEmpty();
    }

    @Test
    void everyDutchActionLabelIsPlainText() {
        Properties dutch = load("audit.properties");
        dutch.stringPropertyNames().stream().filter(key -> key.startsWith("audit.action."))
                .forEach(key -> assertThat(dutch.getProperty(key)).as(key).doesNotContain("_").isNotBlank());
    }

    static Set<String> codesInSource() throws IOException {
        Map<String, String> files = new HashMap<>();
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                // char literals such as '"' or '(' would throw the string and bracket counting off
                files.put(path.toString(), Files.readString(path, StandardCharsets.UTF_8)
                        .replaceAll("'(\\\\.|[^'\\\\])'", "'c'"));
            }
        }
        Map<String, Integer> actionArgument = actionArguments(files.values());
        Set<String> codes = new TreeSet<>();
        for (String source : files.values()) {
            codes.addAll(codesPassedAsAction(source, actionArgument));
            Matcher constant = ACTION_CONSTANT.matcher(source);
            while (constant.find()) {
                codes.addAll(literals(constant.group(1)));
            }
        }
        return codes;
    }

    /** Per method name and arity ("name/3"), the position of its String action parameter. */
    private static Map<String, Integer> actionArguments(Iterable<String> sources) {
        Map<String, Integer> positions = new HashMap<>();
        for (String source : sources) {
            positions.putAll(declaredActionArguments(source, false));
        }
        return positions;
    }

    /**
     * The methods one file declares, by name and arity, with the position of their action parameter (-1 for none,
     * when {@code withoutAction}): a call to a method of the same file means that one, not a namesake elsewhere.
     */
    private static Map<String, Integer> declaredActionArguments(String source, boolean withoutAction) {
        Map<String, Integer> positions = new HashMap<>();
        Matcher declaration = DECLARATION.matcher(source);
        while (declaration.find()) {
            List<String> parameters = splitArguments(declaration.group(2), true);
            String key = declaration.group(1) + "/" + parameters.size();
            if (withoutAction) {
                positions.putIfAbsent(key, -1);
            }
            for (int i = 0; i < parameters.size(); i++) {
                if (ACTION_PARAMETER.matcher(parameters.get(i).strip()).find()) {
                    positions.put(key, i);
                }
            }
        }
        return positions;
    }

    private static Set<String> codesPassedAsAction(String source, Map<String, Integer> everywhere) {
        Map<String, Integer> actionArgument = new HashMap<>(everywhere);
        actionArgument.putAll(declaredActionArguments(source, true));
        actionArgument.values().removeIf(position -> position < 0);
        Set<String> codes = new TreeSet<>();
        Matcher call = Pattern.compile("\\b(\\w+)\\s*\\(").matcher(source);
        while (call.find()) {
            String arguments = balanced(source, call.end());
            if (arguments == null) {
                continue;
            }
            List<String> parts = splitArguments(arguments, false);
            Integer position = actionArgument.get(call.group(1) + "/" + parts.size());
            if ("of".equals(call.group(1)) && !source.startsWith("AuditEvent.", call.start() - "AuditEvent.".length())) {
                continue; // List.of, Set.of, Map.of: not AuditEvent.of
            }
            if (position != null) {
                codes.addAll(literals(parts.get(position)));
                codes.addAll(constantsIn(parts.get(position), source));
            }
        }
        return codes;
    }

    /** The text up to the parenthesis that closes the one just opened, or null at the end of the file. */
    private static String balanced(String source, int from) {
        int depth = 1;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && c == '(') {
                depth++;
            } else if (!inString && c == ')' && --depth == 0) {
                return source.substring(from, i);
            }
        }
        return null;
    }

    /** Splits at top-level commas; {@code <} and {@code >} count as brackets only in declarations (generics). */
    private static List<String> splitArguments(String arguments, boolean declaration) {
        List<String> parts = new ArrayList<>();
        if (arguments.isBlank()) {
            return parts;
        }
        String open = declaration ? "(<{[" : "({[";
        String close = declaration ? ")>}]" : ")}]";
        int depth = 0;
        boolean inString = false;
        int start = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (inString && c == '\\') {
                i++;
            } else if (c == '"') {
                inString = !inString;
            } else if (!inString && open.indexOf(c) >= 0) {
                depth++;
            } else if (!inString && close.indexOf(c) >= 0) {
                depth--;
            } else if (!inString && c == ',' && depth == 0) {
                parts.add(arguments.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(arguments.substring(start));
        return parts;
    }

    /** The values of this file's String constants that the expression names, e.g. {@code READ}. */
    private static List<String> constantsIn(String expression, String source) {
        List<String> found = new ArrayList<>();
        Matcher constant = STRING_CONSTANT.matcher(source);
        while (constant.find()) {
            if (Pattern.compile("\\b" + constant.group(1) + "\\b").matcher(expression).find()) {
                found.add(constant.group(2));
            }
        }
        return found;
    }

    private static List<String> literals(String expression) {
        List<String> found = new ArrayList<>();
        Matcher code = CODE.matcher(expression);
        while (code.find()) {
            found.add(code.group(1));
        }
        return found;
    }

    private static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
