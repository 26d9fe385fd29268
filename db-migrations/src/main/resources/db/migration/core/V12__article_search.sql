-- Full-text search (issue 15): one search document per article and scope. LIVE is what readers see (the live
-- revision; the row exists only while the article has one, so unpublished and killed stories are never hits),
-- WORKING is the working copy the newsroom searches. Plugins' text (tag names, bylines) and filter keys
-- ("tag:<slug>", "author:<slug>") come from the application through the plugin API: the database cannot join
-- plugin tables. Rows are written by the application in the transaction of the change they follow.
create table article_search (
    article_id   uuid         not null references article (id),
    scope        varchar(8)   not null,
    -- the text-search configuration the document was built with, and the query must be parsed with
    config       varchar(16)  not null,
    document     tsvector     not null,
    headline     varchar(300) not null,
    -- standfirst and body as plain text, for ts_headline snippets
    content      text         not null,
    section      varchar(80),
    filter_keys  text[]       not null default '{}',
    primary key (article_id, scope),
    constraint article_search_scope_ck check (scope in ('LIVE', 'WORKING')),
    constraint article_search_config_ck check (config in ('indonesian', 'english', 'simple'))
);

create index article_search_document_idx on article_search using gin (document);
create index article_search_keys_idx on article_search using gin (filter_keys);

-- The configuration for an article's language: Indonesian and English stem (Snowball), anything else is only
-- lower-cased and split into words.
create function cms_search_config(language text) returns varchar language sql immutable as $$
    select case lower(split_part(coalesce(language, ''), '-', 1))
        when 'id' then 'indonesian' when 'in' then 'indonesian'
        when 'en' then 'english'
        else 'simple' end
$$;

-- The weighted document: headline A, standfirst and plugins' text B, body C.
create function cms_search_document(config varchar, headline text, standfirst text, extra text, body text)
        returns tsvector language sql stable as $$
    select setweight(to_tsvector(config::regconfig, coalesce(headline, '')), 'A')
        || setweight(to_tsvector(config::regconfig, coalesce(standfirst, '') || ' ' || coalesce(extra, '')), 'B')
        || setweight(to_tsvector(config::regconfig, coalesce(body, '')), 'C')
$$;

-- Whether an article's working copy matches a websearch query (the newsroom's ?q=), parsed with the
-- document's own configuration.
create function cms_working_matches(article uuid, q text) returns integer language sql stable as $$
    select case when exists (select 1 from article_search s where s.article_id = article and s.scope = 'WORKING'
        and s.document @@ websearch_to_tsquery(s.config::regconfig, q)) then 1 else 0 end
$$;

-- Existing articles get their documents from core fields (tags and bylines join at their next change or
-- re-index); bodies lose their markup here, entities stay as they are.
insert into article_search (article_id, scope, config, document, headline, content, section)
select a.id, 'WORKING', cms_search_config(a.language),
       cms_search_document(cms_search_config(a.language), a.headline, a.standfirst, '',
                           regexp_replace(a.body, '<[^>]*>', ' ', 'g')),
       a.headline, btrim(coalesce(a.standfirst, '') || ' ' || regexp_replace(a.body, '<[^>]*>', ' ', 'g')), a.section
from article a;

insert into article_search (article_id, scope, config, document, headline, content, section)
select a.id, 'LIVE', cms_search_config(r.language),
       cms_search_document(cms_search_config(r.language), r.headline, r.standfirst, '',
                           regexp_replace(r.body, '<[^>]*>', ' ', 'g')),
       r.headline, btrim(coalesce(r.standfirst, '') || ' ' || regexp_replace(r.body, '<[^>]*>', ' ', 'g')), r.section
from article a join article_revision r on r.id = a.live_revision_id;
