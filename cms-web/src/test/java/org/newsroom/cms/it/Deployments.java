package org.newsroom.cms.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR the build produced, deployed as is: the tests exercise exactly what ships. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive cms() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("cms.war")));
    }
}
