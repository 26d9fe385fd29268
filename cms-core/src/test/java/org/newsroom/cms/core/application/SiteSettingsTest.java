package org.newsroom.cms.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteSettingsTest {

    @Test
    void correctionDiffsArePrivateUnlessTheNewsroomPublishesThem() {
        SiteSettings off = new SiteSettings();
        off.configure();
        assertThat(off.publicCorrectionDiffs()).isFalse();
        for (String value : new String[] {"true", "yes"}) {
            System.setProperty("cms.public-correction-diffs", value);
            try {
                SiteSettings on = new SiteSettings();
                on.configure();
                assertThat(on.publicCorrectionDiffs()).as(value).isTrue();
            } finally {
                System.clearProperty("cms.public-correction-diffs");
            }
        }
        System.setProperty("cms.public-correction-diffs", "maybe");
        try {
            SiteSettings unreadable = new SiteSettings();
            unreadable.configure();
            assertThat(unreadable.publicCorrectionDiffs()).as("an unreadable value is the default").isFalse();
        } finally {
            System.clearProperty("cms.public-correction-diffs");
        }
    }
}
