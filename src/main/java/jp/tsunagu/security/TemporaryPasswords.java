package jp.tsunagu.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * Temporary passwords for new accounts and resets: 16 random characters (about 80 bits) in four groups, from an
 * alphabet without look-alikes (no 0/O, 1/l/I), so that they can be read out or copied by hand.
 */
@Component
class TemporaryPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
