import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.GeneralPath;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the two Teams app icons: color.png (192x192, a white speech bubble holding a quotation mark on the
 * accent colour) and outline.png (32x32, the same bubble in white on a transparent background, as Teams requires).
 * Run from the repository root: java deploy/teams/MakeIcons.java
 */
public final class MakeIcons {

    static final Color ACCENT = new Color(0x1F, 0x5F, 0x8B);

    public static void main(String[] args) throws IOException {
        File dir = new File(args.length > 0 ? args[0] : "deploy/teams");
        ImageIO.write(color(), "png", new File(dir, "color.png"));
        ImageIO.write(outline(), "png", new File(dir, "outline.png"));
    }

    static BufferedImage color() {
        BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(ACCENT);
        g.fillRect(0, 0, 192, 192);
        g.setColor(Color.WHITE);
        g.fill(bubble(36, 44, 120, 88, 22));
        g.setColor(ACCENT);
        quoteMark(g, 66, 74, 16);
        quoteMark(g, 102, 74, 16);
        g.dispose();
        return image;
    }

    static BufferedImage outline() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = smooth(image);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(2f));
        g.draw(bubble(4, 5, 24, 17, 5));
        quoteMark(g, 11.5f, 10.5f, 3.2f);
        quoteMark(g, 18.5f, 10.5f, 3.2f);
        g.dispose();
        return image;
    }

    /** A rounded rectangle with a tail at the bottom left. */
    static GeneralPath bubble(float x, float y, float w, float h, float r) {
        GeneralPath path = new GeneralPath(new RoundRectangle2D.Float(x, y, w, h, r * 2, r * 2));
        GeneralPath tail = new GeneralPath();
        tail.moveTo(x + w * 0.22f, y + h - 1);
        tail.lineTo(x + w * 0.16f, y + h + h * 0.30f);
        tail.lineTo(x + w * 0.42f, y + h - 1);
        tail.closePath();
        path.append(tail, false);
        return path;
    }

    /** One "comma" of a quotation mark: a dot with a tail curling down to the left. */
    static void quoteMark(Graphics2D g, float cx, float cy, float radius) {
        g.fill(new Ellipse2D.Float(cx - radius, cy - radius, radius * 2, radius * 2));
        GeneralPath tail = new GeneralPath();
        tail.moveTo(cx + radius * 0.2f, cy);
        tail.lineTo(cx + radius, cy);
        tail.quadTo(cx + radius, cy + radius * 2.2f, cx - radius * 0.9f, cy + radius * 2.6f);
        tail.quadTo(cx + radius * 0.1f, cy + radius * 1.6f, cx + radius * 0.2f, cy);
        tail.closePath();
        g.fill(tail);
    }

    static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
