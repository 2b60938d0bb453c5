package vn.danvan.platform.error;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every text a user reads comes from the bundles, in Vietnamese and English: both hold the same keys with the same
 * arguments, no text is empty, and every key the code names exists (a missing key would show the key itself).
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** A dotted literal that is not a system property's name nor a MapStruct property path ({@code source = "a.b"}). */
    private static final Pattern LITERAL = Pattern.compile(
            "(?<!getProperty\\()(?<!source = )(?<!target = )\"([a-z][a-z0-9-]*(?:\\.[A-Za-z0-9_-]+)+)\"");

    private final Properties vietnamese = load("/i18n/messages.properties");
    private final Properties english = load("/i18n/messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameKeysAndArguments() {
        assertEquals(vietnamese.stringPropertyNames(), english.stringPropertyNames());
        for (String key : vietnamese.stringPropertyNames()) {
            assertTrue(!vietnamese.getProperty(key).isBlank() && !english.getProperty(key).isBlank(), key);
            assertEquals(arguments(vietnamese.getProperty(key)), arguments(english.getProperty(key)), key);
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> namespaces = vietnamese.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/vn/danvan"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher literal = LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (literal.find()) {
                    String key = literal.group(1);
                    if (namespaces.contains(key.substring(0, key.indexOf('.'))) && !vietnamese.containsKey(key)
                            && !isPrefixOfKeys(key)) {
                        missing.add(source.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** A literal such as {@code "task.action"} is completed at run time ({@code task.action.ACCEPT}). */
    private boolean isPrefixOfKeys(String literal) {
        return vietnamese.stringPropertyNames().stream().anyMatch(k -> k.startsWith(literal + "."));
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
