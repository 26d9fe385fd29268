-- The public lists that crawlers and aggregators read constantly, each an index scan instead of a sort of
-- every live article: monthly sitemaps and the news sitemap walk live articles by first publication; the
-- corrections page and feed take the newest corrections first.
create index article_live_first_published_idx on article (first_published_at desc, id)
    where live_revision_id is not null;
create index article_correction_recent_idx on article_correction (corrected_at desc, id);
