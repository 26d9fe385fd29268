package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The photos panel in a real browser (headless Chromium, {@link Browser}): files chosen in the file input are
 * uploaded and their IPTC caption and credit shown in the photo's form, alt text typed and saved makes its veto
 * disappear, the keyboard's move buttons reorder (and the list stays draggable after the swap), a wire caption
 * slot is filled by an upload, a photo of another article is found and reused, the review screen shows the panel
 * read-only; on a phone too. axe-core finds nothing serious or critical and no CSP violation on any of them;
 * screenshots {@code target/screenshots/3x-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotosPanelUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    Browser browser;
    Newsroom.Account journalist;

    @BeforeEach
    void start() {
        newsroom = new Newsroom(base);
        browser = Browser.fresh(base);
        journalist = newsroom.account("photo-ui", "Hermansyah", "JOURNALIST");
    }

    void checkPage(String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.accessibilityProblems()).as("axe on " + browser.path() + " (" + screenshot + ")").isEmpty();
        assertThat(browser.cspViolations()).as("CSP on " + browser.path()).isEmpty();
    }

    static Path file(String name, byte[] bytes) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "photo-panel-files"));
        return Files.write(dir.resolve(name), bytes);
    }

    String article(String headline) {
        return journalist.api().post("/api/articles", Newsroom.article(headline)).text("id");
    }

    /** The publish checks listed now (read in one script: htmx may swap them between two WebDriver calls). */
    @SuppressWarnings("unchecked")
    List<String> vetoes() {
        return (List<String>) browser.driver.executeScript("return Array.from(document.querySelectorAll("
                + "'#photo-vetoes li'), li => li.textContent.trim());");
    }

    WebElement field(String name, int photo) {
        return browser.driver.findElements(By.cssSelector("#photo-list > li.sort-item")).get(photo - 1)
                .findElement(By.name(name));
    }

    void scrollToPanel() {
        browser.driver.executeScript("document.getElementById('panel-photo-captions').scrollIntoView()");
    }

    @Test
    void aJournalistUploadsPhotosSeesTheirIptcAddsAltTextAndOrdersThem() throws Exception {
        String token = "Demak" + UUID.randomUUID().toString().substring(0, 6);
        String id = article("Banjir di " + token);
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom/articles/" + id);
        WebElement input = browser.byId("photo-files");
        assertThat(input.getAccessibleName()).isEqualTo("Add photos");
        assertThat(browser.driver.findElements(By.cssSelector("aside.column-side #panel-photo-captions"))).hasSize(1);
        scrollToPanel();
        checkPage("30-photos-empty");

        Path tagged = file("banjir.jpg", PhotosPanelFixtures.taggedJpeg("Warga melintasi banjir di " + token,
                "Budi Santoso", "ANTARA FOTO/Budi Santoso", null, null));
        input.sendKeys(tagged.toAbsolutePath().toString());
        browser.waitFor(d -> !d.findElements(By.cssSelector("#photo-list > li.sort-item")).isEmpty());
        browser.waitFor(d -> "".equals(browser.byId("photo-files").getDomProperty("value")));
        assertThat(browser.driver.findElement(By.cssSelector("#photos > [data-dropzone] progress")).isDisplayed())
                .as("the bar goes once the upload is done").isFalse();
        assertThat(field("caption", 1).getDomProperty("value")).isEqualTo("Warga melintasi banjir di " + token);
        assertThat(field("credit", 1).getDomProperty("value")).isEqualTo("ANTARA FOTO/Budi Santoso");
        assertThat(browser.text("#photo-status")).contains("Photo 1 added; caption, credit, photographer filled in");
        assertThat(browser.driver.findElement(By.cssSelector("#photo-list img.thumb")).getAttribute("alt"))
                .isEqualTo("Warga melintasi banjir di " + token);
        String altVeto = "Photo 1: add alt text describing the image for readers who cannot see it";
        assertThat(vetoes()).containsExactly(altVeto);
        scrollToPanel();
        checkPage("31-photos-uploaded");

        WebElement alt = field("altText", 1);
        assertThat(alt.getAccessibleName()).isEqualTo("Alt text");
        alt.sendKeys("Orang-orang mendorong sepeda motor melewati air setinggi lutut");
        browser.button("Save photo 1").click();
        browser.waitFor(d -> vetoes().isEmpty());
        assertThat(browser.text("#photo-vetoes")).isEqualTo("The photos are ready to publish.");
        assertThat(journalist.api().get("/api/articles/" + id + "/photo-captions/photos").json().get(0)
                .path("altText").asText()).isEqualTo("Orang-orang mendorong sepeda motor melewati air setinggi lutut");
        checkPage("32-photos-alt-saved");

        // a second photo, then the keyboard's way to make it the lead
        WebElement again = browser.byId("photo-files");
        again.clear(); // chromedriver adds to a multiple input's files; a person's new choice replaces them
        again.sendKeys(file("jalan.jpg", PhotosPanelFixtures.jpeg(800, 600, Color.DARK_GRAY)).toAbsolutePath().toString());
        browser.waitFor(d -> d.findElements(By.cssSelector("#photo-list > li.sort-item")).size() == 2);
        assertThat(vetoes()).contains("Photo 2: add a caption", "Photo 2: add a credit line");
        WebElement up = browser.driver.findElement(By.cssSelector("button[aria-label='Move up: photo 2']"));
        assertThat(up.getAccessibleName()).isEqualTo("Move up: photo 2");
        up.click();
        browser.waitFor(d -> "Photo 1".equals(d.executeScript(
                "const img = document.querySelector('#photo-list > li.sort-item img.thumb'); return img && img.alt;")));
        JsonNode photos = journalist.api().get("/api/articles/" + id + "/photo-captions/photos").json();
        assertThat(photos.get(1).path("caption").asText()).isEqualTo("Warga melintasi banjir di " + token);
        assertThat(vetoes()).as("the checks follow the new numbering").contains("Photo 1: add a caption")
                .doesNotContain("Photo 2: add a caption");
        // the swapped-in list is still draggable: drag photo 2 above photo 1 (the events a mouse drag fires)
        assertThat(browser.driver.findElements(By.cssSelector("#photo-list > li.sort-item[draggable='true']"))).hasSize(2);
        String lead = photos.get(1).path("id").asText();
        browser.driver.executeScript("const items = document.querySelectorAll('#photo-list > li.sort-item');"
                + "const dt = new DataTransfer(); const top = items[0].getBoundingClientRect().top;"
                + "items[1].dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
                + "items[0].dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt, clientY: top + 1}));"
                + "items[0].dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));"
                + "items[1].dispatchEvent(new DragEvent('dragend', {bubbles: true, dataTransfer: dt}));");
        browser.waitFor(d -> lead.equals(journalist.api().get("/api/articles/" + id + "/photo-captions/photos").json()
                .get(0).path("id").asText()));
        browser.waitFor(d -> vetoes().contains("Photo 2: add a caption"));
        scrollToPanel();
        checkPage("33-photos-reordered");

        // files dropped on the drop zone are uploaded like chosen ones
        String dropped = java.util.Base64.getEncoder().encodeToString(PhotosPanelFixtures.taggedJpeg(
                "Dropped " + token, null, "Photo Desk", null, "Perahu karet di jalan yang tergenang"));
        browser.driver.executeScript("const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "const dt = new DataTransfer(); dt.items.add(new File([bytes], 'dropped.jpg', {type: 'image/jpeg'}));"
                + "const zone = document.querySelector('#photos > [data-dropzone]');"
                + "zone.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt}));"
                + "zone.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));", dropped);
        browser.waitFor(d -> d.findElements(By.cssSelector("#photo-list > li.sort-item")).size() == 3);
        assertThat(field("caption", 3).getDomProperty("value")).isEqualTo("Dropped " + token);
        assertThat(browser.text("#photo-status")).isEqualTo("Photo 3 added; caption, credit, alt text filled in from the file.");

        // on a phone the panel follows the article
        browser.phone(375, 812);
        browser.open("/newsroom/articles/" + id);
        scrollToPanel();
        checkPage("34-photos-phone");
    }

    @Test
    void aWireSlotIsFilledByAnUploadAndAPhotoOfAnotherArticleIsReused() throws Exception {
        ApiClient.Reply imported = journalist.api().raw("POST", "/api/import/wire?filename=seed.txt",
                "text/plain; charset=UTF-8", PhotosPanelFixtures.uniqueSeed().getBytes(StandardCharsets.UTF_8));
        String id = imported.json().path("results").get(0).path("articleId").asText();
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom/articles/" + id);
        scrollToPanel();
        assertThat(browser.text("#photo-list")).contains("Waiting for its image")
                .contains("Kepala Staf Angkatan Bersenjata Iran");
        WebElement slotInput = browser.driver.findElement(By.cssSelector("#photo-list [data-dropzone] input[type=file]"));
        assertThat(slotInput.getAccessibleName()).isEqualTo("Image for photo 1");
        checkPage("35-photos-wire-slot");

        String token = "Baqeri" + UUID.randomUUID().toString().substring(0, 6);
        slotInput.sendKeys(file("baqeri.jpg", PhotosPanelFixtures.taggedJpeg("Another caption " + token, "Majid Asgaripour",
                "WANA via REUTERS " + token, null, null)).toAbsolutePath().toString());
        browser.waitFor(d -> !d.findElements(By.cssSelector("#photo-list img.thumb")).isEmpty());
        assertThat(field("caption", 1).getDomProperty("value")).as("the wire caption stays")
                .isEqualTo("Kepala Staf Angkatan Bersenjata Iran, Mayor Jenderal Mohammad Baqeri");
        assertThat(field("credit", 1).getDomProperty("value")).isEqualTo("WANA via REUTERS " + token);
        checkPage("36-photos-slot-filled");

        // another article reuses it: search as you type, pick, no upload
        String other = article("Profil Baqeri " + token);
        browser.open("/newsroom/articles/" + other);
        WebElement search = browser.byId("photo-search");
        assertThat(search.getAccessibleName()).isEqualTo("Reuse a photo from the CMS");
        search.sendKeys("reuters " + token.toLowerCase().substring(0, 9));
        browser.waitFor(d -> !d.findElements(By.cssSelector("#photo-search-results button.picker-option")).isEmpty());
        scrollToPanel();
        checkPage("37-photos-reuse-search");
        browser.driver.findElement(By.cssSelector("#photo-search-results button.picker-option")).click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#photo-list img.thumb")).isEmpty());
        assertThat(browser.text("#photo-status")).isEqualTo("Photo 1 added from the CMS.");
        assertThat(browser.driver.findElements(By.cssSelector("#photo-search-results li"))).isEmpty();
        assertThat(journalist.api().get("/api/articles/" + other + "/photo-captions/photos").json().get(0)
                .path("credit").asText()).isEqualTo("WANA via REUTERS " + token);

        // submitted, the review screen shows the photos read-only, with what still blocks publishing
        assertThat(journalist.api().post("/api/articles/" + other + "/transitions",
                java.util.Map.of("to", "IN_REVIEW")).status()).isEqualTo(200);
        browser.open("/newsroom/articles/" + other + "/review");
        assertThat(browser.driver.findElements(By.cssSelector("#panel-photo-captions form"))).isEmpty();
        assertThat(browser.text("#panel-photo-captions")).contains("WANA via REUTERS " + token)
                .contains("Photo 1: add alt text");
        scrollToPanel();
        checkPage("38-photos-review");
    }
}
