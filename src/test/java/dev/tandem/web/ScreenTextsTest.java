package dev.tandem.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tandem.activity.entity.ActivityType;
import dev.tandem.connection.entity.ConnectionState;
import dev.tandem.connection.entity.Provider;
import dev.tandem.connection.entity.SyncMode;
import dev.tandem.mail.control.diagnosis.DiagnosisReason;
import dev.tandem.mail.control.diagnosis.DiagnosisStepName;
import dev.tandem.sync.ItemKind;
import dev.tandem.sync.SyncOutcome;
import java.io.IOException;
import java.io.InputStream;
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

/**
 * Every text the screens ask for exists in English and in Spanish: a missing key shows up to the user as
 * {@code ???key???}. Keys built at run time from enum names are checked for every constant, and so are the keys
 * services give their refusals ({@code UserMessage.of("key", …)}) for the screens to translate.
 */
class ScreenTextsTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    private static final Pattern USER_MESSAGE_KEY =
            Pattern.compile("UserMessage\\.of\\(\\s*\"([a-zA-Z0-9.]+)\"\\s*[,)]");

    @Test
    void englishAndSpanishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(bundle("messages.properties").stringPropertyNames()),
                new TreeSet<>(bundle("messages_es.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyThePagesNameExists() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> named = keysNamedInPages();
        assertTrue(named.containsAll(Set.of("sync.title", "sync.stop", "login.title")), named::toString);
        for (String key : named) {
            assertTrue(keys.contains(key), () -> key + " is used in a page but has no text");
        }
    }

    @Test
    void everyKeyBuiltFromAnEnumExists() throws IOException {
        Set<String> keys = bundle("messages_es.properties").stringPropertyNames();
        List<String> wanted = new ArrayList<>();
        Stream.of(ConnectionState.values()).forEach(s -> wanted.addAll(List.of("sync.state." + s,
                "sync.state.explain." + s)));
        Stream.of(SyncMode.values()).forEach(m -> wanted.add("sync.mode." + m));
        Stream.of(Provider.values()).forEach(p -> wanted.add("sync.provider.note." + p));
        Stream.of(DiagnosisStepName.values()).forEach(n -> wanted.add("sync.test.step." + n));
        Stream.of(DiagnosisReason.values()).forEach(r -> wanted.add("diagnosis." + r));
        Stream.of(SyncOutcome.values()).forEach(o -> wanted.add("sync.outcome." + o));
        Stream.of(ItemKind.values()).forEach(k -> wanted.add("sync.kind." + k));
        Stream.of(ActivityType.values()).forEach(t -> wanted.add("activity.type." + t));
        for (String key : wanted) {
            assertTrue(keys.contains(key), () -> key + " has no Spanish text");
        }
    }

    @Test
    void everyKeyTheServicesGiveTheirRefusalsHasATextInBothLanguages() throws IOException {
        Set<String> named = keysMatching(Path.of("src/main/java"), ".java", USER_MESSAGE_KEY);
        assertTrue(named.containsAll(Set.of("sync.refused.pop3", "sync.refused.imapCalendar",
                "sync.refused.tooManyTests")), named::toString);
        for (String bundle : List.of("messages.properties", "messages_es.properties")) {
            Set<String> keys = bundle(bundle).stringPropertyNames();
            for (String key : named) {
                assertTrue(keys.contains(key), () -> key + " is given to a refusal but has no text in " + bundle);
            }
        }
    }

    @Test
    void theSpanishScreenUsesTheHelpArticlesWording() throws IOException {
        Properties es = bundle("messages_es.properties");
        assertEquals("Sincronización de Correo y Calendario", es.getProperty("sync.title"));
        assertEquals("Sincronizar", es.getProperty("sync.connect"));
        assertEquals("Parar sincronización", es.getProperty("sync.stop"));
        assertEquals("Editar configuración", es.getProperty("sync.edit"));
        assertEquals("Solo correo", es.getProperty("sync.mode.MAIL"));
        assertEquals("Solo calendario", es.getProperty("sync.mode.CALENDAR"));
    }

    private static Set<String> keysNamedInPages() throws IOException {
        return keysMatching(Path.of("src/main/webapp"), ".xhtml", LITERAL_KEY);
    }

    private static Set<String> keysMatching(Path folder, String suffix, Pattern key) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path page : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(page));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = ScreenTextsTest.class.getResourceAsStream("/dev/tandem/web/" + name)) {
            properties.load(in);
        }
        return properties;
    }
}
