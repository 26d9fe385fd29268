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

    /** The WAR plus the test plugins (probe, the README's word count), as {@code PluginHostIT} deploys it. */
    static WebArchive cmsWithTestPlugins() {
        return cms().addPackages(false, org.newsroom.cms.plugins.probe.ProbePlugin.class.getPackage(),
                        org.newsroom.cms.plugins.example.WordCountPlugin.class.getPackage())
                .addAsResource("db/migration/plugins/probe/V1__probe_events.sql")
                .addAsResource(new org.jboss.shrinkwrap.api.asset.StringAsset(
                        org.newsroom.cms.plugins.probe.ProbePlugin.class.getName() + "\n"
                                + org.newsroom.cms.plugins.example.WordCountPlugin.class.getName() + "\n"),
                        "META-INF/services/org.newsroom.cms.plugin.api.CmsPlugin");
    }
}
