package jp.tsunagu.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import jp.tsunagu.base.UserFacingException;
import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file really is, read from its first bytes (Apache Tika's magic numbers; the name only refines a type the
 * content already shows, as .xlsx does ZIP), and whether Tsunagu keeps it: programs and scripts are refused whatever
 * their name, and so are ZIP archives that hold one (looked into, nested ZIPs too) and archives it cannot look into.
 */
final class ContentCheck {

    private static final Tika TIKA = new Tika();
    private static final MediaTypeRegistry TYPES =
            MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    /** Types of programs, by content. */
    private static final Set<String> PROGRAMS = Set.of(
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-executable",
            "application/x-elf",
            "application/x-sharedlib",
            "application/x-mach-o",
            "application/x-mach-o-executable",
            "application/x-sh",
            "application/x-bat",
            "application/x-msi",
            "application/java-archive",
            "application/x-ms-shortcut",
            "application/vnd.microsoft.portable-executable",
            "application/x-msdos-program",
            "application/x-java-jnlp-file",
            "application/x-csh",
            "application/x-ms-installer",
            "application/hta",
            "application/x-java");

    /** Archives whose contents cannot be looked into here. */
    private static final Set<String> CLOSED_ARCHIVES = Set.of(
            "application/x-rar-compressed",
            "application/x-rar",
            "application/vnd.rar",
            "application/x-7z-compressed",
            "application/x-lzh-compressed",
            "application/x-lzh",
            "application/x-tar",
            "application/gzip",
            "application/x-gzip",
            "application/x-bzip2",
            "application/x-xz",
            "application/x-cab",
            "application/vnd.ms-cab-compressed",
            "application/x-iso9660-image");

    /** Names that run when opened, whatever the content looks like (scripts are plain text). */
    private static final Set<String> PROGRAM_NAMES = Set.of(
            "exe",
            "com",
            "bat",
            "cmd",
            "scr",
            "pif",
            "msi",
            "msp",
            "vbs",
            "vbe",
            "js",
            "jse",
            "wsf",
            "wsh",
            "ps1",
            "psm1",
            "jar",
            "sh",
            "dll",
            "lnk",
            "hta",
            "cpl",
            "reg",
            "app",
            "apk",
            "dmg",
            "scf",
            "inf",
            "gadget",
            "application",
            "msc",
            "appx",
            "msix");

    private ContentCheck() {}

    /** The type of the file; {@code in} must support mark and reset, and is where it was afterwards. */
    static String detect(InputStream in, String name) throws IOException {
        return TIKA.detect(in, name);
    }

    /** Refuses a name that runs when opened. */
    static void checkName(String name) {
        if (PROGRAM_NAMES.contains(extension(name))) {
            throw UserFacingException.onField("file", "document.program", name);
        }
    }

    /** Refuses programs and archives that cannot be looked into, by the type the content showed. */
    static void checkType(String name, String type) {
        MediaType media = MediaType.parse(type);
        if (isA(media, PROGRAMS)) {
            throw UserFacingException.onField("file", "document.program", name);
        }
        if (isA(media, CLOSED_ARCHIVES)) {
            throw UserFacingException.onField("file", "document.archive.closed", name);
        }
    }

    /** Refuses a ZIP (or a file that is one, as Office files are) that holds a program; reads it through {@code content}. */
    static void checkArchive(String name, String type, Supplier<InputStream> content) throws IOException {
        MediaType media = MediaType.parse(type);
        if (media != null && TYPES.isInstanceOf(media, MediaType.APPLICATION_ZIP)) {
            try (InputStream in = content.get()) {
                checkZip(name, in, 0);
            }
        }
    }

    private static boolean isA(MediaType media, Set<String> types) {
        if (media == null) {
            return false;
        }
        for (MediaType t = media; t != null; t = TYPES.getSupertype(t)) {
            if (types.contains(t.getBaseType().toString())) {
                return true;
            }
        }
        return false;
    }

    private static void checkZip(String name, InputStream in, int depth) throws IOException {
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry entry;
        try {
            while ((entry = zip.getNextEntry()) != null) {
                String inner = entry.getName();
                if (PROGRAM_NAMES.contains(extension(inner))) {
                    throw UserFacingException.onField("file", "document.archive.program", name, inner);
                }
                String ext = extension(inner);
                if (ext.equals("zip") && depth < 3) {
                    checkZip(name, new NonClosing(zip), depth + 1);
                } else if (ext.equals("rar") || ext.equals("7z") || ext.equals("lzh") || ext.equals("cab")) {
                    throw UserFacingException.onField("file", "document.archive.closed", name);
                }
            }
        } catch (ZipException e) {
            throw UserFacingException.onField("file", "document.archive.broken", name);
        }
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** A nested archive's entry: reading it to its end must not close the outer archive. */
    private static final class NonClosing extends FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }
}
