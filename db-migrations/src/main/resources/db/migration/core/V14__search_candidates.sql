-- Search at scale (issue 15): a live document carries its article's first publication and embargo, so the
-- public query finds, filters and orders its candidates in article_search alone and joins article only for
-- the page it returns. Ranking (ts_rank_cd reads every candidate's whole document) is bounded to the newest
-- matches (PgSearchIndex.CANDIDATES) instead of every match, which at 100,000 stories is most of them.
alter table article_search add column published_at timestamptz;
alter table article_search add column embargo_until timestamptz;

update article_search s set published_at = a.first_published_at, embargo_until = a.embargo_until
from article a where a.id = s.article_id and s.scope = 'LIVE';

create index article_search_live_recent_idx on article_search (published_at desc, article_id)
    where scope = 'LIVE';
