package org.newsroom.cms.it;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the black-box API tests: the shipped WAR deployed as is, and per test a fresh journalist and
 * editor (tests share one database, so every name is unique).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class AbstractApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.cms();
    }

    @ArquillianResource
    URL base;

    Newsroom newsroom;
    ApiClient journalist;
    ApiClient editor;

    @BeforeEach
    void newsroom() {
        newsroom = new Newsroom(base);
        journalist = newsroom.user("journalist", "JOURNALIST");
        editor = newsroom.user("editor", "EDITOR");
    }

    /** {@code POST {articlePath}/transitions} with an optional comment. */
    static ApiClient.Reply move(ApiClient client, String articlePath, String to, String comment) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        if (comment != null) {
            body.put("comment", comment);
        }
        return client.post(articlePath + "/transitions", body);
    }
}
