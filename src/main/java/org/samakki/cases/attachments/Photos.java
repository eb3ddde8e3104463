package org.samakki.cases.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Removes what a photo says beyond its pixels: a JPEG loses its EXIF (where GPS coordinates, the
 * camera and the time are) and XMP segments without being re-encoded; a PNG is re-encoded, which
 * keeps only the pixels. An image that does not decode is refused.
 */
final class Photos {

  private Photos() {}

  static byte[] strip(byte[] image, String type) {
    try {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
      if (decoded == null) {
        throw new IllegalArgumentException("cases.attachment.imageBroken");
      }
      if ("image/jpeg".equals(type)) {
        ByteArrayOutputStream withoutExif = new ByteArrayOutputStream(image.length);
        new ExifRewriter().removeExifMetadata(image, withoutExif);
        ByteArrayOutputStream withoutXmp = new ByteArrayOutputStream(image.length);
        new JpegXmpRewriter().removeXmpXml(withoutExif.toByteArray(), withoutXmp);
        return withoutXmp.toByteArray();
      }
      ByteArrayOutputStream png = new ByteArrayOutputStream(image.length);
      if (!ImageIO.write(decoded, "png", png)) {
        throw new IllegalArgumentException("cases.attachment.imageBroken");
      }
      return png.toByteArray();
    } catch (IOException e) {
      throw new IllegalArgumentException("cases.attachment.imageBroken");
    }
  }
}
