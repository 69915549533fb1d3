package dev.playground.ui.common;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The app's icon on every window it opens (the installers' menu entry shows the same picture). */
public final class AppIcon {
    private static Image image;

    private AppIcon() {}

    public static void apply(Stage stage) {
        if (image == null) image = new Image(AppIcon.class.getResource("/dev/playground/ui/icon/playground.png").toExternalForm());
        stage.getIcons().setAll(image);
    }
}
