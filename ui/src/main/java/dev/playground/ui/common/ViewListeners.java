package dev.playground.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.WeakListChangeListener;
import javafx.scene.Node;

/**
 * How a view listens to its view model without the view model keeping the view alive. Views are
 * rebuilt (a language switch builds new ones around the same view models); a plain listener on a
 * view-model property would hold the old view for as long as the view model lives. Here the view
 * model only holds weak wrappers; the listeners themselves are kept by the view's root node, so
 * they live exactly as long as the view's nodes do.
 */
public final class ViewListeners {
    private final List<Object> held = new ArrayList<>();

    private ViewListeners() {}

    /** The listeners kept by {@code root}: call from the view once its root exists. */
    public static ViewListeners of(Node root) {
        return (ViewListeners) root.getProperties().computeIfAbsent(ViewListeners.class, key -> new ViewListeners());
    }

    public <T> void onChange(ObservableValue<T> source, ChangeListener<? super T> listener) {
        held.add(listener);
        source.addListener(new WeakChangeListener<>(listener));
    }

    public <E> void onListChange(ObservableList<E> source, ListChangeListener<? super E> listener) {
        held.add(listener);
        source.addListener(new WeakListChangeListener<>(listener));
    }

    public void onInvalidated(Observable source, InvalidationListener listener) {
        held.add(listener);
        source.addListener(new WeakInvalidationListener(listener));
    }
}
