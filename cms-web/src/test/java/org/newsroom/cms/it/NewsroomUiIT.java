package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The newsroom UI in a real browser (headless Chromium): the story from wire copy to a published
 * article through a journalist and an editor, the edit-conflict and edit-lock cases, and on every page axe-core
 * (0 serious or critical violations), no Content-Security-Policy violation, and a screenshot under
 * {@code target/screenshots/}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomUiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    Browser browser;

    @BeforeEach
    void start() {
        newsroom = new Newsroom(base);
        browser = Browser.fresh(base);
    }

    Newsroom.Account account(String displayName, String role) {
        return newsroom.account(displayName.toLowerCase().replace(' ', '-'), displayName, role);
    }

    /** The checks every page gets: accessibility, the CSP, a screenshot. */
    void checkPage(String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.accessibilityProblems()).as("axe on " + browser.path()).isEmpty();
        assertThat(browser.cspViolations()).as("CSP on " + browser.path()).isEmpty();
    }

    @Test
    void aWireStoryGoesFromImportThroughReviewToPublished() throws Exception {
        Newsroom.Account journalist = account("Hermansyah", "JOURNALIST");
        Newsroom.Account editor = account("Budi Editor", "EDITOR");
        String seed = new String(WireImportIT.seed(), StandardCharsets.UTF_8)
                .replaceFirst("Rusia\n", "Rusia " + UUID.randomUUID().toString().substring(0, 6) + "\n");
        String headline = seed.lines().findFirst().orElseThrow().strip();

        browser.open("/newsroom/");
        assertThat(browser.path()).startsWith("/newsroom/login?next=");
        assertThat(browser.byId("username").getAccessibleName()).isEqualTo("Username");
        assertThat(browser.byId("password").getAccessibleName()).isEqualTo("Password");
        assertThat(browser.button("Sign in").getAccessibleName()).isEqualTo("Sign in");
        checkPage("01-login");

        browser.signIn(journalist.username(), journalist.password());
        assertThat(browser.path()).isEqualTo("/newsroom/");
        assertThat(browser.link("New article").getAccessibleName()).isEqualTo("New article");
        assertThat(browser.button("Sign out").getAccessibleName()).isEqualTo("Sign out");
        checkPage("02-dashboard-journalist");
        browser.link("New article").click();
        assertThat(browser.byId("headline").getAccessibleName()).isEqualTo("Headline");
        checkPage("02-new-article");

        // import the seed by pasting it
        browser.link("Import wire copy").click();
        WebElement wire = browser.byId("wire-text");
        browser.driver.executeScript("arguments[0].value = arguments[1];", wire, seed);
        checkPage("03-import");
        browser.button("Import text").click();
        assertThat(browser.text("#import-results")).contains("Created");
        checkPage("04-import-outcome");
        browser.link(headline).click();
        browser.waitFor(d -> browser.path().matches("/newsroom/articles/[0-9a-f-]{36}.*"));
        String id = browser.path().substring("/newsroom/articles/".length(), "/newsroom/articles/".length() + 36);
        String api = "/api/articles/" + id;

        // the editor: accessible names, Quill, an edit saved explicitly
        assertThat(browser.byId("headline").getAccessibleName()).isEqualTo("Headline");
        assertThat(browser.byId("standfirst").getAccessibleName()).isEqualTo("Standfirst");
        WebElement body = browser.byId("body-editor");
        assertThat(body.getAccessibleName()).isEqualTo("Body");
        assertThat(browser.button("Save").getAccessibleName()).isEqualTo("Save");
        assertThat(browser.button("Submit for review").getAccessibleName()).isEqualTo("Submit for review");
        assertThat(browser.text("#headline-count")).contains(Integer.toString(headline.length())).contains("110");
        checkPage("05-editor");
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " Tambahan dari redaksi.");
        browser.button("Save").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=saved"));
        assertThat(journalist.api().get(api).json().path("body").asText()).contains("Tambahan dari redaksi.");

        browser.button("Submit for review").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        assertThat(browser.text(".page-head .status")).isEqualTo("In review");
        browser.button("Sign out").click();

        // the editor asks for changes
        browser.signIn(editor.username(), editor.password());
        assertThat(browser.text("#group-queue")).contains(headline);
        assertThat(browser.text(".badge")).isNotBlank();
        checkPage("06-dashboard-editor");
        browser.driver.findElement(By.cssSelector("#group-queue")).findElement(By.linkText(headline)).click();
        browser.waitFor(d -> browser.path().endsWith("/review"));
        assertThat(browser.button("Request changes").getAccessibleName()).isEqualTo("Request changes");
        assertThat(browser.button("Approve").getAccessibleName()).isEqualTo("Approve");
        assertThat(browser.byId("transition-comment").getAccessibleName()).isEqualTo("Comment");
        checkPage("07-review");
        browser.button("Request changes").click();
        assertThat((Boolean) browser.driver.executeScript("return document.getElementById('transition-comment').validity.valid"))
                .as("the form refuses a change request without a comment").isFalse();
        assertThat(browser.path()).endsWith("/review");
        assertThat(journalist.api().get(api).text("status")).isEqualTo("IN_REVIEW");
        browser.byId("transition-comment").sendKeys("Sebutkan SCO di judul.");
        browser.button("Request changes").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        assertThat(browser.text("#comments")).contains("Sebutkan SCO di judul.");
        browser.button("Sign out").click();

        // the journalist sees the comment, fixes the headline and resubmits
        browser.signIn(journalist.username(), journalist.password());
        assertThat(browser.text("#group-changes")).contains(headline).contains("Sebutkan SCO di judul.");
        assertThat(browser.text("#notifications")).contains("requested changes");
        checkPage("08-dashboard-changes-requested");
        browser.driver.findElement(By.cssSelector("#group-changes")).findElement(By.linkText(headline)).click();
        WebElement title = browser.byId("headline");
        title.sendKeys(Keys.END, " dan SCO");
        browser.button("Save").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=saved"));
        browser.button("Submit for review").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        browser.button("Sign out").click();

        // the editor reads the diff, approves and publishes
        browser.signIn(editor.username(), editor.password());
        browser.open("/newsroom/articles/" + id + "/review");
        assertThat(browser.text("#diff-submitted")).contains("dan SCO");
        browser.button("Approve").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        assertThat(browser.button("Schedule").getAccessibleName()).isEqualTo("Schedule");
        assertThat(browser.byId("publish-at").getAccessibleName()).isEqualTo("Publish at (Asia/Jakarta)");
        // the seed's "Foto :" line became a photo slot waiting for its image: publishing is vetoed, the fixes listed
        assertThat(browser.button("Publish").getAccessibleName()).isEqualTo("Publish");
        browser.button("Publish").click();
        assertThat(browser.text("#vetoes")).containsIgnoringCase("photo");
        checkPage("09-review-vetoed");
        // the photo panel comes in part 2: the slot goes through the API
        JsonNode photos = journalist.api().get(api + "/photo-captions/photos").json();
        JsonNode slots = photos.has("items") ? photos.path("items") : photos;
        assertThat(slots.size()).isEqualTo(1);
        assertThat(editor.api().send("DELETE", api + "/photo-captions/photos/" + slots.get(0).path("id").asText(), null)
                .status()).isEqualTo(204);
        browser.open("/newsroom/articles/" + id + "/review");
        browser.button("Publish").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        checkPage("10-review-published");
        assertThat(browser.text(".page-head .status")).isEqualTo("Published");

        ApiClient.Reply live = newsroom.anonymous().get("/api/public/articles/" + journalist.api().get(api).text("slug"));
        assertThat(live.status()).as(live.raw()).isEqualTo(200);
        assertThat(live.text("headline")).isEqualTo(headline + " dan SCO");
        assertThat(live.text("body")).contains("Tambahan dari redaksi.").as("UTF-8 through the forms")
                .contains("\u201cKami memiliki");

        // a correction of the live article: edit the working copy, publish it with a note readers see
        browser.open("/newsroom/articles/" + id);
        WebElement standfirst = browser.byId("standfirst");
        standfirst.sendKeys("Pertemuan digelar di Moskow.");
        browser.button("Save").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=saved"));
        browser.open("/newsroom/articles/" + id + "/review");
        browser.byId("correction-note").sendKeys("Versi sebelumnya tidak menyebut tempat pertemuan.");
        checkPage("10b-review-live-update");
        browser.button("Publish correction").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        JsonNode corrected = newsroom.anonymous().get("/api/public/articles/" + journalist.api().get(api).text("slug")).json();
        assertThat(corrected.path("standfirst").asText()).contains("Pertemuan digelar di Moskow.");
        assertThat(corrected.path("corrections").get(0).path("note").asText())
                .isEqualTo("Versi sebelumnya tidak menyebut tempat pertemuan.");

        browser.open("/newsroom/articles/" + id + "/revisions");
        checkPage("11-revisions");
        browser.link("Budi Editor").click();
        checkPage("12-profile");
    }

    @Test
    void theSameJournalistInTwoWindowsGetsTheConflictAndLosesNothing() {
        Newsroom.Account journalist = account("Rina", "JOURNALIST");
        String id = journalist.api().post("/api/articles", Newsroom.article("Banjir di Demak " + UUID.randomUUID()))
                .text("id");
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom/articles/" + id);
        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.WINDOW);
        String second = browser.driver.getWindowHandle();
        browser.open("/newsroom/articles/" + id);
        browser.driver.switchTo().window(first);
        browser.byId("standfirst").sendKeys(" (first window)");
        browser.button("Save").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=saved"));

        // the second window still holds the version both opened
        browser.driver.switchTo().window(second);
        browser.byId("standfirst").sendKeys(" (second window)");
        browser.button("Save").click();
        browser.waitFor(d -> !d.findElements(By.cssSelector("#conflict, #autosave-conflict:not([hidden])")).isEmpty());
        assertThat(browser.byId("standfirst").getAttribute("value")).as("the typed text stays").endsWith("(second window)");
        checkPage("13-editor-conflict");
        assertThat(journalist.api().get("/api/articles/" + id).text("standfirst")).endsWith("(first window)");
    }

    @Test
    void aSecondUserSeesTheLockAndAnEditorTakesItOver() {
        Newsroom.Account journalist = account("Sari", "JOURNALIST");
        Newsroom.Account editor = account("Dewi Editor", "EDITOR");
        String id = journalist.api().post("/api/articles", Newsroom.article("Gempa di Cianjur " + UUID.randomUUID()))
                .text("id");
        assertThat(journalist.api().post("/api/articles/" + id + "/lock", Map.of()).status()).isEqualTo(200);

        browser.signIn(editor.username(), editor.password());
        browser.open("/newsroom/articles/" + id);
        assertThat(browser.text("#lock-banner")).contains(journalist.username()).contains("is editing since");
        assertThat(browser.byId("headline").getAttribute("readonly")).isNotNull();
        checkPage("14-editor-locked");
        browser.button("Take over").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=tookOver"));
        assertThat(browser.driver.findElements(By.id("lock-banner"))).isEmpty();
        assertThat(browser.byId("headline").getAttribute("readonly")).isNull();
        assertThat(journalist.api().post("/api/articles/" + id + "/lock/heartbeat", Map.of()).status())
                .as("the journalist learns the lock was taken over").isEqualTo(409);
    }

    @Test
    void onAPhoneTheDashboardAndEditorFitTheScreen() {
        Newsroom.Account journalist = account("Tono", "JOURNALIST");
        String id = journalist.api().post("/api/articles", Newsroom.article("Harga cabai naik " + UUID.randomUUID()))
                .text("id");
        browser.signIn(journalist.username(), journalist.password());
        browser.phone(375, 812);
        for (String path : List.of("/newsroom/", "/newsroom/articles/" + id)) {
            browser.open(path);
            Number overflow = (Number) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).as("horizontal overflow on " + path).isLessThanOrEqualTo(0);
            if (path.equals("/newsroom/")) {
                assertThat(browser.text("#group-drafts")).as("the section by its name").contains("World");
            }
            checkPage(path.equals("/newsroom/") ? "15-phone-dashboard" : "16-phone-editor");
        }
    }

    @Test
    void severalFilesDroppedOnTheImportPageEachGetTheirOutcome() throws Exception {
        Newsroom.Account journalist = account("Yudi", "JOURNALIST");
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "ui-import"));
        String unique = UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Path story = dir.resolve("kawat-" + unique + ".txt");
        java.nio.file.Files.writeString(story, new String(WireImportIT.seed(), StandardCharsets.UTF_8)
                .replaceFirst("Rusia\n", "Rusia " + unique + "\n"));
        java.nio.file.Path empty = dir.resolve("kosong-" + unique + ".txt");
        java.nio.file.Files.writeString(empty, "   \n");
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom/import");
        browser.driver.findElement(By.id("wire-files")).sendKeys(story.toAbsolutePath() + "\n" + empty.toAbsolutePath());
        browser.button("Import files").click();
        String results = browser.text("#import-results");
        assertThat(results).contains("1 created").contains("1 failed").contains(story.getFileName().toString())
                .contains(empty.getFileName().toString());
        assertThat(browser.driver.findElement(By.cssSelector("#import-results .outcome-created a")).getText())
                .contains(unique);
        checkPage("17-import-files");
    }

    @Test
    void typingIsAutosavedAndFoldsIntoOneRevision() {
        Newsroom.Account journalist = account("Wati", "JOURNALIST");
        String api = "/api/articles/" + journalist.api().post("/api/articles",
                Newsroom.article("Pasar tradisional direnovasi " + UUID.randomUUID())).text("id");
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom" + api.substring(4));
        WebElement standfirst = browser.byId("standfirst");
        standfirst.sendKeys(" Pedagang pindah sementara.");
        browser.waitFor(d -> browser.text("#save-state").startsWith("Saved "));
        standfirst.sendKeys(" Renovasi selesai Maret.");
        browser.waitFor(d -> journalist.api().get(api).text("standfirst").endsWith("Renovasi selesai Maret."));
        browser.waitFor(d -> browser.text("#save-state").startsWith("Saved "));
        assertThat(journalist.api().get(api + "/revisions").json().size())
                .as("the first revision and one open autosave revision, not one per pause").isEqualTo(2);
    }

    @Test
    void aPastedYoutubeAddressBecomesAnEmbedThatSurvivesSavingAndReloading() {
        Newsroom.Account journalist = account("Rina Embed", "JOURNALIST");
        String api = "/api/articles/" + journalist.api().post("/api/articles",
                Newsroom.article("Banjir di Kemang " + UUID.randomUUID())).text("id");
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom" + api.substring(4));
        WebElement body = browser.byId("body-editor");
        body.click();
        body.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER);
        paste("https://youtu.be/dQw4w9WgXcQ?si=share");
        browser.waitFor(d -> !d.findElements(By.cssSelector("#body-editor figure[data-embed=youtube]")).isEmpty());
        assertThat(browser.driver.findElement(By.id("body-editor")).getText()).doesNotContain("youtu.be");
        checkPage("20-editor-embed");
        browser.button("Save").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=saved"));
        String figure = "<figure data-embed=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>";
        assertThat(journalist.api().get(api).text("body")).contains("<p>Second “paragraph”.</p>").contains(figure);

        // reloaded, the embed is in the editor again, and a save keeps it exactly
        assertThat(browser.driver.findElements(By.cssSelector("#body-editor figure[data-embed=youtube][data-id=dQw4w9WgXcQ]")))
                .hasSize(1);
        browser.byId("body-editor").sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME), "Kabar: ");
        browser.button("Save").click();
        browser.waitFor(d -> journalist.api().get(api).text("body").startsWith("<p>Kabar: "));
        assertThat(journalist.api().get(api).text("body")).contains(figure);

        // a provider's address that names no post goes in as text, with the server's word under the body
        browser.byId("body-editor").sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        paste("https://www.youtube.com/@kompastv");
        browser.waitFor(d -> browser.driver.findElement(By.id("body-embed-error")).isDisplayed());
        assertThat(browser.text("#body-embed-error")).contains("cannot be embedded");
        assertThat(browser.driver.findElement(By.id("body-editor")).getText()).contains("https://www.youtube.com/@kompastv");
        // any other paste is Quill's own
        paste("https://example.org/berita");
        browser.waitFor(d -> browser.driver.findElement(By.id("body-editor")).getText().contains("https://example.org/berita"));
        assertThat(browser.driver.findElements(By.cssSelector("#body-editor figure[data-embed]"))).hasSize(1);
        assertThat(browser.cspViolations()).isEmpty();
    }

    /** A paste of {@code text} into the body, as the browser fires it (the clipboard itself is not reachable headless). */
    private void paste(String text) {
        browser.driver.executeScript("var data = new DataTransfer(); data.setData('text/plain', arguments[0]);"
                + "document.getElementById('body-editor').dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: data, bubbles: true, cancelable: true}));", text);
    }

    @Test
    void thePluginPanelsSitBesideTheArticleAndWorkWithMouseAndKeyboard() {
        Newsroom.Account journalist = account("Dewi Panel", "JOURNALIST");
        String id = journalist.api().post("/api/articles", Newsroom.article("Jalan tol baru dibuka " + UUID.randomUUID()))
                .text("id");
        String api = "/api/articles/" + id;
        String tag = "Tol Trans " + UUID.randomUUID().toString().substring(0, 5);
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom/articles/" + id);
        assertThat(browser.text("aside.column-side")).contains("Tags").contains("Bylines");

        // tags: search-as-you-type offers to create the tag; the chip appears and is stored; × removes it
        browser.byId("tags-q").sendKeys(tag);
        browser.button("Create the tag \"" + tag + "\"").click();
        browser.waitFor(d -> browser.text("#tags-body .chips").contains(tag));
        assertThat(journalist.api().get(api + "/tagging/tags").raw()).contains(tag);

        // bylines: a guest added from the form, moved in front by keyboard, the preview following
        browser.driver.findElement(By.cssSelector("#bylines-body details summary")).click();
        browser.byId("guest-name").sendKeys("Rudi Tamu");
        browser.button("Add guest").click();
        browser.waitFor(d -> browser.text("#byline-preview").endsWith("dan Rudi Tamu"));
        WebElement up = browser.driver.findElement(By.cssSelector("button[aria-label='Move Rudi Tamu up']"));
        up.sendKeys(Keys.ENTER);
        browser.waitFor(d -> browser.text("#byline-preview").startsWith("Oleh Rudi Tamu dan"));
        assertThat(journalist.api().get(api + "/bylines").json().path("bylines").get(0).path("name").asText())
                .isEqualTo("Rudi Tamu");
        checkPage("18-editor-panels");

        browser.driver.findElement(By.cssSelector("button[aria-label='Remove tag " + tag + "']")).click();
        browser.waitFor(d -> !browser.text("#tags-body").contains(tag));
        assertThat(journalist.api().get(api + "/tagging/tags").raw()).doesNotContain(tag);

        browser.phone(375, 812);
        browser.open("/newsroom/articles/" + id);
        Number overflow = (Number) browser.driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal overflow with panels").isLessThanOrEqualTo(0);
        browser.driver.executeScript("document.getElementById('panel-bylines').scrollIntoView()");
        checkPage("19-phone-panels");
    }

    /**
     * The story continued (issue 13): the journalist imports the seed, fills its wire photo slot with a JPEG
     * whose IPTC the test wrote (the wire caption stays, the credit comes from the file), adds alt text, accepts
     * the suggestions Iran, Rusia and SCO, finds the byline "Oleh Hermansyah" (the wire's name is their own
     * account), submits; the editor publishes; readers' JSON has the tags, the byline and the photo's credit. An
     * admin disables the tagging plugin in the UI: the tags panel is gone; enabled again, it is back with the tags.
     */
    @Test
    void theWireStoryGetsItsPhotoTagsAndBylineInThePanelsAndReadersSeeThem() throws Exception {
        Newsroom.Account journalist = account("Hermansyah", "JOURNALIST");
        Newsroom.Account editor = account("Sri Redaktur", "EDITOR");
        String seed = PhotosPanelFixtures.uniqueSeed();
        String headline = seed.lines().findFirst().orElseThrow().strip();
        browser.signIn(journalist.username(), journalist.password());
        browser.open("/newsroom/import");
        browser.driver.executeScript("arguments[0].value = arguments[1];", browser.byId("wire-text"), seed);
        browser.button("Import text").click();
        browser.link(headline).click();
        browser.waitFor(d -> browser.path().matches("/newsroom/articles/[0-9a-f-]{36}.*"));
        String id = browser.path().substring("/newsroom/articles/".length(), "/newsroom/articles/".length() + 36);
        String api = "/api/articles/" + id;

        // the wire's "Foto :" line waits as a slot; the JPEG put into it keeps that caption and brings its credit
        browser.driver.executeScript("document.getElementById('panel-photo-captions').scrollIntoView()");
        WebElement slotCaption = browser.driver.findElement(By.cssSelector("#photo-list textarea[name='caption']"));
        String wireCaption = slotCaption.getDomProperty("value");
        assertThat(wireCaption).isNotBlank();
        java.nio.file.Path jpeg = java.nio.file.Files.write(java.nio.file.Files.createDirectories(
                java.nio.file.Path.of("target", "ui-story")).resolve("sco-" + id + ".jpg"),
                PhotosPanelFixtures.taggedJpeg("Caption from the file, not wanted here", "Fotografer Kantor",
                        "ANTARA FOTO/Hermansyah", null, null));
        browser.driver.findElement(By.cssSelector("#photo-list input[type='file'][name='file']"))
                .sendKeys(jpeg.toAbsolutePath().toString());
        browser.waitFor(d -> !d.findElements(By.cssSelector("#photo-list img.thumb")).isEmpty());
        assertThat(browser.driver.findElement(By.cssSelector("#photo-list [name='caption']")).getDomProperty("value"))
                .isEqualTo(wireCaption);
        assertThat(browser.driver.findElement(By.cssSelector("#photo-list [name='credit']")).getDomProperty("value"))
                .isEqualTo("ANTARA FOTO/Hermansyah");
        browser.driver.findElement(By.cssSelector("#photo-list [name='altText']"))
                .sendKeys("Para menteri luar negeri berfoto bersama di Moskow");
        browser.button("Save photo 1").click();
        browser.waitFor(d -> browser.text("#photo-list").contains("Photo 1 saved."));

        // tags: the suggestions with their reasons, each accepted with one click
        for (String name : List.of("Iran", "Rusia", "SCO")) {
            browser.driver.findElement(By.cssSelector("button[aria-label='Add the suggested tag " + name + "']")).click();
            browser.waitFor(d -> browser.text("#tags-body .chips").contains(name));
        }
        // the byline: the wire's "Hermansyah" is the journalist's own contributor, named by their display name
        assertThat(browser.text("#byline-preview")).isEqualTo("Oleh Hermansyah");
        assertThat(browser.text("#bylines-body")).doesNotContain("From wire copy");
        browser.driver.executeScript("window.scrollTo(0, 0)");
        checkPage("20-story-panels");
        browser.button("Submit for review").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        browser.button("Sign out").click();

        browser.signIn(editor.username(), editor.password());
        browser.open("/newsroom/articles/" + id + "/review");
        assertThat(browser.text("#panel-tagging")).contains("Iran").contains("Rusia").contains("SCO");
        browser.button("Approve").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        browser.button("Publish").click();
        browser.waitFor(d -> browser.path().endsWith("?notice=transitioned"));
        assertThat(browser.text(".page-head .status")).isEqualTo("Published");
        checkPage("21-story-published");
        browser.button("Sign out").click();

        JsonNode live = newsroom.anonymous().get("/api/public/articles/" + journalist.api().get(api).text("slug")).json();
        assertThat(live.path("plugins").path("tagging").path("tags").findValuesAsText("name"))
                .contains("Iran", "Rusia", "SCO");
        assertThat(live.path("plugins").path("bylines").path("text").asText()).isEqualTo("Oleh Hermansyah");
        assertThat(live.path("author").asText()).isEqualTo("Hermansyah");
        JsonNode photo = live.path("plugins").path("photo-captions").path("photos").get(0);
        assertThat(photo.path("credit").asText()).isEqualTo("ANTARA FOTO/Hermansyah");
        assertThat(photo.path("caption").asText()).isEqualTo(wireCaption);

        // an admin turns tagging off in the UI: the panel is gone; on again, it is back with the tags
        browser.signIn("admin", Newsroom.ADMIN_PASSWORD);
        try {
            browser.open("/newsroom/admin/plugins");
            browser.button("Disable Tagging").click();
            browser.waitFor(d -> !d.findElements(By.xpath("//button[normalize-space(.)='Enable Tagging']")).isEmpty());
            browser.open("/newsroom/articles/" + id);
            assertThat(browser.driver.findElements(By.id("panel-tagging"))).isEmpty();
            assertThat(browser.driver.findElements(By.id("panel-bylines"))).hasSize(1);
        } finally {
            browser.open("/newsroom/admin/plugins");
            browser.button("Enable Tagging").click();
            browser.waitFor(d -> !d.findElements(By.xpath("//button[normalize-space(.)='Disable Tagging']")).isEmpty());
        }
        browser.open("/newsroom/articles/" + id);
        assertThat(browser.text("#panel-tagging")).contains("Iran").contains("Rusia").contains("SCO");
    }
}
