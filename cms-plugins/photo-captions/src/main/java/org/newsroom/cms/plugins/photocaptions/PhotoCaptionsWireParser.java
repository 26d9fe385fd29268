package org.newsroom.cms.plugins.photocaptions;

import java.util.List;

import org.newsroom.cms.plugin.api.ArticleSnapshot;
import org.newsroom.cms.plugin.api.WireCopyParser;
import org.newsroom.cms.plugin.api.WireDraft;
import org.newsroom.cms.plugin.api.WireParse;
import org.newsroom.cms.plugins.photocaptions.store.PhotoStore;
import org.newsroom.cms.plugins.photocaptions.store.PhotoText;
import org.newsroom.cms.plugins.photocaptions.wire.CaptionParser;
import org.newsroom.cms.plugins.photocaptions.wire.CaptionSlot;

/**
 * Runs first in the wire-import chain (order 100), before parsers that read the body: photo caption lines
 * leave the body and are the finding; once the article exists, each becomes a photo slot waiting for its
 * image, the first one the lead photo.
 */
final class PhotoCaptionsWireParser implements WireCopyParser<List<CaptionSlot>> {

    private final PhotoStore photos;

    PhotoCaptionsWireParser(PhotoStore photos) {
        this.photos = photos;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public WireParse<List<CaptionSlot>> parse(WireDraft draft) {
        CaptionParser.Result result = CaptionParser.extract(draft.paragraphs());
        if (result.captions().isEmpty()) {
            return WireParse.nothing(draft);
        }
        return WireParse.found(draft.withParagraphs(result.paragraphs()), result.captions());
    }

    @Override
    public void imported(ArticleSnapshot article, List<CaptionSlot> slots) {
        for (CaptionSlot slot : slots) {
            photos.insert(article.id(), PhotoText.slot(slot.caption(), slot.credit()));
        }
    }
}
