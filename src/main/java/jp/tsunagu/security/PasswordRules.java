package jp.tsunagu.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be (OWASP ASVS 4.0 L2, V2.1): at least 12 characters and up to 128, any characters, no rules
 * of composition; not one of the 30,000 most common passwords (the list zxcvbn ships, MIT licence, in
 * {@code security/common-passwords.txt}), and not the login name. Compared after NFKC and in lower case, so a
 * full-width or capitalised copy of a common password is refused too.
 */
@Component
public class PasswordRules {

    public static final int MIN = 12;
    public static final int MAX = 128;

    private final Set<String> common;

    PasswordRules() {
        this.common = load();
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public Optional<String> problem(String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("password.tooShort");
        }
        if (length > MAX) {
            return Optional.of("password.tooLong");
        }
        String folded = fold(password);
        if (username != null && folded.equals(fold(username))) {
            return Optional.of("password.sameAsLogin");
        }
        if (common.contains(folded)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** How many common passwords are refused (the README and the tests say at least 10,000). */
    public int commonCount() {
        return common.size();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(40_000);
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(fold(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
