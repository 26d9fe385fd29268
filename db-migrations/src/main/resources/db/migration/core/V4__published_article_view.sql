-- The public visibility rule in SQL, for plugins and reports that select articles in their own queries
-- (e.g. "published articles with tag X, newest first"): an article is public when it has a live revision
-- and no embargo in force. The application's JPA queries (ArticleRepository.findLiveBySlug/latestLive)
-- apply the same rule; PluginHostIT checks that both agree.
create view published_article as
select a.id, a.slug, a.language, a.section, a.author_id, a.first_published_at, a.last_published_at,
       a.live_revision_id
from article a
where a.live_revision_id is not null
  and (a.embargo_until is null or a.embargo_until <= now());
