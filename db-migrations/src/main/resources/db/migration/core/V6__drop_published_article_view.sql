-- The visibility rule (a live revision, no embargo in force) lives in one place: the core's public queries,
-- evaluated on the CMS clock. This view evaluated it on the database's now() instead, a second clock;
-- plugins now ask the plugin API (ArticleAccess.visible / published / publishedPage).
drop view if exists published_article;
