package jp.tsunagu;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.lang.reflect.Field;
import java.util.Map;

/**
 * A grid cell drawn by a {@link LitRenderer}, as a test sees it: the values the browser would get for a row, and its
 * buttons' call-backs, run as the browser would run them when clicked.
 */
public final class LitCells {

    private LitCells() {}

    /** The value of a row's property as sent to the browser (before JSON). */
    public static <T> Object value(Grid<T> grid, int row, String columnKey, String property) {
        var provider = renderer(grid, columnKey).getValueProviders().get(property);
        if (provider == null) {
            throw new AssertionError("column " + columnKey + " has no property " + property);
        }
        return provider.apply(GridKt._get(grid, row));
    }

    /** The cell's template, as the browser gets it (to see a button's label). */
    public static String template(Grid<?> grid, String columnKey) {
        try {
            Field field = LitRenderer.class.getDeclaredField("templateExpression");
            field.setAccessible(true);
            return (String) field.get(renderer(grid, columnKey));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer's template could not be read", e);
        }
    }

    /** Runs what the browser runs when the row's {@code function} is called (a button in the cell is clicked). */
    @SuppressWarnings("unchecked")
    public static <T> void call(Grid<T> grid, int row, String columnKey, String function) {
        LitRenderer<T> renderer = renderer(grid, columnKey);
        try {
            Field field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            var callables = (Map<String, SerializableBiConsumer<T, JsonArray>>) field.get(renderer);
            var callable = callables.get(function);
            if (callable == null) {
                throw new AssertionError("column " + columnKey + " has no function " + function);
            }
            callable.accept(GridKt._get(grid, row), Json.createArray());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LitRenderer's call-backs could not be read", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        Grid.Column<T> column = grid.getColumnByKey(columnKey);
        if (column == null || !(column.getRenderer() instanceof LitRenderer<?>)) {
            throw new AssertionError("no column " + columnKey + " drawn by a LitRenderer");
        }
        return (LitRenderer<T>) column.getRenderer();
    }
}
