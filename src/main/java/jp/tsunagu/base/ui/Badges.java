package jp.tsunagu.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Small coloured labels: a stage, a status, an overdue date. The colours live in the theme. */
public final class Badges {

    private Badges() {}

    public static Span of(String text, String... kinds) {
        Span badge = new Span(text);
        badge.addClassName("badge");
        for (String kind : kinds) {
            badge.addClassName("badge-" + kind);
        }
        return badge;
    }

    /** What a badge says, its kinds and its tooltip, for grids that draw many of them. */
    public record Look(String text, String kinds, String title) {

        public static Look of(String text, String... kinds) {
            return new Look(text, Arrays.stream(kinds).map(k -> "badge-" + k).collect(Collectors.joining(" ")), "");
        }

        public Look withTitle(String title) {
            return new Look(text, kinds, title);
        }
    }

    /**
     * A grid column of badges drawn in the browser from one value per row (the look as a JSON object), instead of a
     * component per row: a page of fifty rows then costs the session no components and its responses far fewer bytes.
     */
    public static <T> LitRenderer<T> column(ValueProvider<T, Look> look) {
        return LitRenderer.<T>of("<span class=\"badge ${item.b.kinds}\" title=\"${item.b.title}\" "
                        + "?hidden=${!item.b.text}>${item.b.text}</span>")
                .withProperty("b", look);
    }

    /** A Lit template expression that draws a list of looks (a JSON array property of the row) as badges. */
    public static String listTemplate(String property) {
        return "${(item." + property + " || []).map(b => html`<span class=\"badge ${b.kinds}\" title=\"${b.title}\">"
                + "${b.text}</span>`)}";
    }

    /**
     * Text of ours put into a renderer's template (a button's label): escaped so that it can neither close the
     * template nor be read as markup.
     */
    public static String templateText(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("`", "&#96;")
                .replace("$", "&#36;")
                .replace("\\", "&#92;");
    }
}
