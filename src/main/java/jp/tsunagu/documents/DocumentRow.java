package jp.tsunagu.documents;

import java.time.Instant;
import java.util.List;

/**
 * A document as its list shows it: where it is attached, who may see it, its newest version first in
 * {@code versions}, and, once deleted, who deleted it when (it stays in the history, without its content).
 */
public record DocumentRow(
        long id,
        long dealId,
        AttachedTo attachedTo,
        long attachedId,
        String name,
        Visibility visibility,
        boolean facilityOnly,
        List<VersionRow> versions,
        String deletedBy,
        Instant deletedAt,
        boolean deletable) {

    public VersionRow newest() {
        return versions.get(0);
    }

    public boolean deleted() {
        return deletedAt != null;
    }

    /** Images and PDFs open in the page. */
    public boolean previewable() {
        String type = newest().contentType();
        return type.equals("application/pdf")
                || type.equals("image/png")
                || type.equals("image/jpeg")
                || type.equals("image/gif")
                || type.equals("image/webp");
    }
}
