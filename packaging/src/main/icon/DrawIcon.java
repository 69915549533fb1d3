// Draws the app icon: java packaging/src/main/icon/DrawIcon.java OUT.png SIZE (ours; playground.png is its 256 px output).
import java.awt.*;
import java.awt.geom.*;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int size = Integer.parseInt(args[1]);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 256.0;
        g.scale(s, s);
        g.setPaint(new GradientPaint(0, 0, new Color(0x3b82f6), 256, 256, new Color(0x1e40af)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // a curly brace on each side: a template
        g.draw(brace(70, true));
        g.draw(brace(186, false));
        // a play triangle between them: run it
        Path2D play = new Path2D.Double();
        play.moveTo(108, 92); play.lineTo(160, 128); play.lineTo(108, 164); play.closePath();
        g.fill(play);
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }

    private static Shape brace(double x, boolean left) {
        double d = left ? 1 : -1;
        Path2D p = new Path2D.Double();
        p.moveTo(x + 14 * d, 64);
        p.curveTo(x - 4 * d, 64, x, 80, x, 100);
        p.lineTo(x, 112);
        p.curveTo(x, 124, x - 8 * d, 128, x - 16 * d, 128);
        p.curveTo(x - 8 * d, 128, x, 132, x, 144);
        p.lineTo(x, 156);
        p.curveTo(x, 176, x - 4 * d, 192, x + 14 * d, 192);
        return p;
    }
}
