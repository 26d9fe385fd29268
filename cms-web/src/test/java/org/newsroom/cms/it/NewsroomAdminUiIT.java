package org.newsroom.cms.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

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
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The admin screens and the profile in a real browser (headless Chromium, {@link Browser}): an admin creates a
 * user, changes the roles, resets the password, deactivates the account; disables and enables a plugin and
 * fixes a refused setting; finds all of it in the audit trail filtered by actor. A journalist changes name and
 * UI language on the profile and the next pages are in that language. Every page: axe-core 0 serious or
 * critical, no CSP violation, a screenshot {@code target/screenshots/2x-…}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NewsroomAdminUiIT {

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

    void checkPage(String screenshot) {
        browser.screenshot(screenshot);
        assertThat(browser.accessibilityProblems()).as("axe on " + browser.path()).isEmpty();
        assertThat(browser.cspViolations()).as("CSP on " + browser.path()).isEmpty();
    }

    /** Opens the "Manage" disclosure of an account's row and returns the row. */
    WebElement manage(String username) {
        WebElement row = browser.byId("user-" + username);
        WebElement details = row.findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            row.findElement(By.tagName("summary")).click();
        }
        return row;
    }

    static WebElement button(WebElement scope, String text) {
        return scope.findElement(By.xpath(".//button[normalize-space(.)='" + text + "']"));
    }

    @Test
    void anAdminManagesUsersAndPluginsAndReadsItAllInTheAuditTrail() {
        Newsroom.Account admin = newsroom.account("ui-admin", "Ui Admin", "ADMIN");
        JsonNode taggingBefore = newsroom.admin.get("/api/admin/plugins/tagging").json().path("config");
        browser.signIn(admin.username(), admin.password());
        browser.link("Users").click();
        assertThat(browser.path()).isEqualTo("/newsroom/admin/users");
        checkPage("2x-01-admin-users");

        // create a journalist
        String name = Newsroom.username("newhire");
        browser.byId("new-username").sendKeys(name);
        browser.byId("new-displayName").sendKeys("New Hire");
        browser.byId("new-password").sendKeys("first-long-password");
        browser.driver.findElement(By.cssSelector("form[action='/newsroom/admin/users'] input[value='JOURNALIST']"))
                .click();
        browser.button("Create user").click();
        notice("User " + name + " created.");
        assertThat(browser.byId("user-" + name).getText()).contains("New Hire", "Journalist");
        checkPage("2x-02-user-created");

        // make them an editor too
        WebElement row = manage(name);
        row.findElement(By.cssSelector("form[action$='/roles'] input[value='EDITOR']")).click();
        button(row, "Save roles").click();
        notice("Roles of " + name + " saved");
        assertThat(newsroom.admin.get("/api/admin/users/" + name).json().path("roles").toString())
                .isEqualTo("[\"EDITOR\",\"JOURNALIST\"]");

        // reset the password: a generated one, shown once, works
        button(manage(name), "Reset password (generate one)").click();
        String oneTime = browser.text("#one-time-password code");
        assertThat(browser.text("#one-time-password")).contains(name);
        assertThat(oneTime).hasSize(20);
        checkPage("2x-03-one-time-password");
        assertThat(ApiClient.as(base, name, "first-long-password").get("/api/me").status()).isEqualTo(401);
        assertThat(ApiClient.as(base, name, oneTime).get("/api/me").status()).isEqualTo(200);

        // deactivate
        button(manage(name), "Deactivate").click();
        notice(name + " is deactivated");
        assertThat(browser.byId("user-" + name).getText()).contains("Deactivated");
        assertThat(ApiClient.as(base, name, oneTime).get("/api/me").status()).isEqualTo(401);

        // plugins: disable and enable Photo captions
        browser.link("Plugins").click();
        checkPage("2x-04-admin-plugins");
        button(browser.byId("plugin-photo-captions"), "Disable Photo captions").click();
        notice("Photo captions", "disabled");
        assertThat(newsroom.admin.get("/api/admin/plugins/photo-captions").json().path("enabled").asBoolean()).isFalse();
        checkPage("2x-05-plugin-disabled");
        button(browser.byId("plugin-photo-captions"), "Enable Photo captions").click();
        notice("Photo captions", "enabled");
        assertThat(newsroom.admin.get("/api/admin/plugins/photo-captions").json().path("enabled").asBoolean()).isTrue();

        // a setting out of range: refused beside the field, the typed value kept; then a good one
        try {
            WebElement tagging = browser.byId("plugin-tagging");
            tagging.findElement(By.tagName("summary")).click();
            assertThat(browser.byId("cfg-tagging-suggestions").getAccessibleName()).isEqualTo("Suggestions");
            browser.byId("cfg-tagging-suggestions").clear();
            browser.byId("cfg-tagging-suggestions").sendKeys("500");
            button(tagging, "Save settings of Tagging").click();
            assertThat(browser.text("#cfg-tagging-suggestions-error")).contains("between 1 and 50");
            assertThat(browser.byId("cfg-tagging-suggestions").getAttribute("value")).isEqualTo("500");
            assertThat(browser.text("#plugin-tagging .alert-error")).contains("not saved");
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});",
                    browser.byId("cfg-tagging-suggestions"));
            checkPage("2x-06-plugin-setting-refused");
            assertThat(newsroom.admin.get("/api/admin/plugins/tagging").json().path("config").path("suggestions"))
                    .isEqualTo(taggingBefore.path("suggestions"));
            browser.byId("cfg-tagging-suggestions").clear();
            browser.byId("cfg-tagging-suggestions").sendKeys("12");
            button(browser.byId("plugin-tagging"), "Save settings of Tagging").click();
            notice("Settings of Tagging saved.");
            assertThat(newsroom.admin.get("/api/admin/plugins/tagging").json().path("config").path("suggestions")
                    .asInt()).isEqualTo(12);
        } finally {
            Map<String, Object> before = new HashMap<>();
            taggingBefore.fields().forEachRemaining(e -> before.put(e.getKey(), ApiClient.JSON.convertValue(
                    e.getValue(), Object.class)));
            newsroom.admin.put("/api/admin/plugins/tagging/config", before);
        }

        // the audit trail, filtered by the admin: everything just done
        browser.link("Audit trail").click();
        checkPage("2x-07-audit");
        browser.byId("audit-actor").sendKeys(admin.username());
        button(browser.driver.findElement(By.cssSelector("form[role='search']")), "Filter").click();
        browser.waitFor(d -> browser.path().contains("actor=" + admin.username()));
        String table = browser.text("table.table");
        assertThat(table).contains("USER_CREATED", "USER_ROLES_CHANGED", "USER_PASSWORD_RESET", "USER_DEACTIVATED",
                "PLUGIN_DISABLED", "PLUGIN_ENABLED", "PLUGIN_CONFIGURED", name, "photo-captions", "tagging");
        assertThat(browser.driver.findElements(By.cssSelector("table.table tbody tr"))).hasSize(7);
        checkPage("2x-08-audit-filtered");
    }

    @Test
    void aUserChangesNameAndLanguageAndTheNextPagesFollow() {
        Newsroom.Account me = newsroom.account("rina-profil", "Rina Profil", "JOURNALIST");
        browser.signIn(me.username(), me.password());
        browser.link("Rina Profil").click();
        assertThat(browser.path()).isEqualTo("/newsroom/profile");
        assertThat(browser.byId("profile-displayName").getAccessibleName()).isEqualTo("Name");
        assertThat(browser.byId("profile-currentPassword").getAccessibleName()).isEqualTo("Current password");
        assertThat(browser.driver.findElements(By.linkText("Users"))).as("no admin links for a journalist").isEmpty();
        checkPage("2x-09-profile");

        // a wrong current password: refused beside the field, nothing saved, the name as typed kept
        browser.byId("profile-displayName").clear();
        browser.byId("profile-displayName").sendKeys("Rina Kusuma");
        browser.byId("profile-currentPassword").sendKeys("not-my-password");
        browser.byId("profile-newPassword").sendKeys("a-brand-new-password");
        browser.button("Save profile").click();
        assertThat(browser.text("#profile-currentPassword-error")).contains("Type the password you signed in with");
        assertThat(browser.byId("profile-displayName").getAttribute("value")).isEqualTo("Rina Kusuma");
        checkPage("2x-10-profile-refused");
        assertThat(me.api().get("/api/me").text("displayName")).isEqualTo("Rina Profil");

        // name and language
        browser.byId("profile-currentPassword").clear();
        browser.byId("profile-newPassword").clear();
        new Select(browser.byId("profile-language")).selectByValue("id");
        browser.button("Save profile").click();
        notice("Profil Anda tersimpan.");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(browser.text("header.topbar")).contains("Rina Kusuma");
        checkPage("2x-11-profile-saved-id");
        JsonNode saved = me.api().get("/api/me").json();
        assertThat(saved.path("displayName").asText()).isEqualTo("Rina Kusuma");
        assertThat(saved.path("language").asText()).isEqualTo("id");

        browser.link("Dasbor").click();
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertThat(browser.text("h1")).isEqualTo("Dasbor");
        checkPage("2x-12-dashboard-id");

        // the admin pages are not for journalists: the 403 page, in their language
        browser.open("/newsroom/admin/users");
        assertThat(browser.text("h1")).isEqualTo("Tidak diizinkan");
        assertThat(browser.text("main")).contains("Hanya administrator");
        checkPage("2x-13-admin-forbidden");
    }

    /** Waits for the next page's notice (the old page's may still be read while the form posts), which holds these. */
    void notice(String... parts) {
        browser.waitFor(d -> java.util.Arrays.stream(parts).allMatch(browser.text(".alert-ok")::contains));
    }
}
