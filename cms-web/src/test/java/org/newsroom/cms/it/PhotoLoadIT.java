package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * Near-limit photos arriving together: decodes are bounded (two at a time), so eight 49-megapixel uploads
 * queue instead of exhausting the heap; each is stored (201) or, if it waited too long, refused with 503
 * and Retry-After, and the server keeps answering.
 */
class PhotoLoadIT extends AbstractApiIT {

    private static byte[] fortyNineMegapixels() throws Exception {
        BufferedImage image = new BufferedImage(7000, 7000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, Color.BLUE, 7000, 7000, Color.ORANGE));
        g.fillRect(0, 0, 7000, 7000);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void eightConcurrentFortyNineMegapixelUploadsLeaveTheServerHealthy() throws Exception {
        byte[] photo = fortyNineMegapixels();
        ApiClient.Reply created = journalist.post("/api/articles", Newsroom.article("Banjir " + UUID.randomUUID()));
        String photos = "/api/articles/" + created.text("id") + "/photo-captions/photos";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        long start = System.nanoTime();
        try {
            List<Future<ApiClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                replies.add(pool.submit(() -> journalist.multipart(photos,
                        List.of(ApiClient.Part.file("file", "banjir.jpg", "image/jpeg", photo)))));
            }
            for (Future<ApiClient.Reply> f : replies) {
                ApiClient.Reply reply = f.get();
                statuses.add(reply.status());
                if (reply.status() == 503) {
                    assertThat(reply.header("Retry-After")).isNotBlank();
                }
            }
        } finally {
            pool.shutdown();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("8 concurrent uploads of %d bytes (7000 x 7000): statuses %s in %d ms%n", photo.length,
                statuses, millis);
        assertThat(statuses).allMatch(s -> s == 201 || s == 503);
        assertThat(statuses).contains(201);
        long ping = System.nanoTime();
        assertThat(journalist.get("/api/me").status()).isEqualTo(200);
        assertThat((System.nanoTime() - ping) / 1_000_000).as("the server still answers at once").isLessThan(2000);
    }
}
