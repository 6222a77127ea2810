package jp.tsunagu.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Small coloured labels: a stage, a status, an overdue date. The colours live in the theme. */
public final class Badges {

    private Badges() {
    }

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
     * A grid column of badges drawn in the browser from three values per row, instead of a component per row:
     * a page of fifty rows then costs the session no components and its responses far fewer bytes.
     */
    public static <T> LitRenderer<T> column(ValueProvider<T, Look> look) {
        return LitRenderer.<T>of("<span class=\"badge ${item.kinds}\" title=\"${item.title}\" "
                        + "?hidden=${!item.text}>${item.text}</span>")
                .withProperty("text", t -> look.apply(t).text())
                .withProperty("kinds", t -> look.apply(t).kinds())
                .withProperty("title", t -> look.apply(t).title());
    }
}
