-- GENERATED from cms-plugins/tagging/src/iptc/ (V3-schema.sql, cptall-en-US.json, labels-id.tsv) by
-- MediaTopicsSql in the plugin's tests: do not edit here; edit those files and regenerate (src/iptc/README.md).
--
-- The whole IPTC Media Topics vocabulary (release 2022-02-03, 1,160 active concepts with their broader
-- concept; retired ones left out), Indonesian labels per language, slug aliases of merged tags, dismissed
-- suggestions. Media Topics: copyright IPTC (https://iptc.org), licensed CC BY 4.0
-- (http://creativecommons.org/licenses/by/4.0/). The Indonesian labels are the newsroom's own.
--
-- Existing rows are kept: the topics V2 loaded keep their ids, slugs and articles; a free tag whose name is a
-- topic's label (the same key) becomes that topic in place (same id, slug and articles), since a key names
-- one tag. Nothing is deleted.

-- a label of a tag in one language (the English label of a Media Topic is its name)
create table plg_tagging_label (
    tag_id   bigint       not null references plg_tagging_tag (id) on delete cascade,
    lang     varchar(35)  not null,
    label    varchar(120) not null,
    norm_key varchar(120) not null,
    primary key (tag_id, lang)
);
create index plg_tagging_label_norm_idx on plg_tagging_label (norm_key);

create index plg_tagging_tag_parent_idx on plg_tagging_tag (parent_code);

-- the slug of a tag merged away → the tag it went into; public tag pages answer 301 for it (only when no
-- live tag has the slug). A merge repoints the aliases of the tag it removes, so chains never form.
create table plg_tagging_slug_alias (
    slug       varchar(100) primary key,
    tag_id     bigint       not null references plg_tagging_tag (id) on delete cascade,
    created_at timestamptz  not null default now()
);
create index plg_tagging_slug_alias_tag_idx on plg_tagging_slug_alias (tag_id);

-- suggestions a person dismissed for an article: not offered again for that article
create table plg_tagging_dismissal (
    article_id   uuid         not null references article (id),
    norm_key     varchar(100) not null,
    name         varchar(80)  not null,
    dismissed_by varchar(64)  not null,
    dismissed_at timestamptz  not null default now(),
    primary key (article_id, norm_key)
);

-- stored suggestions keep their reason in parts, so it can be written in the reader's language
alter table plg_tagging_suggestion
    add column kind        varchar(20),
    add column term        varchar(80),
    add column in_headline boolean,
    add column mentions    integer,
    add column cues        varchar(300);

create temporary table v3_concept (
    code        varchar(40)  primary key,
    parent_code varchar(40),
    name        varchar(80)  not null,
    slug        varchar(100) not null,
    norm_key    varchar(100) not null
);
create temporary table v3_label (
    code     varchar(40)  not null,
    lang     varchar(35)  not null,
    label    varchar(120) not null,
    norm_key varchar(120) not null,
    primary key (code, lang)
);

-- @@CONCEPTS@@

-- 1. Topics already there keep id, slug and articles. Where the IPTC's label differs ("labour" → "labor",
--    "religion" → "religion and belief"), the name follows the IPTC and the old name stays as a synonym.
insert into plg_tagging_synonym (tag_id, name, language, norm_key)
select t.id, t.name, 'en', t.norm_key
from plg_tagging_tag t join v3_concept c on c.code = t.code
where t.norm_key <> c.norm_key
  and not exists (select 1 from plg_tagging_synonym s where s.norm_key = t.norm_key)
  and not exists (select 1 from plg_tagging_tag o where o.norm_key = c.norm_key and o.id <> t.id);

update plg_tagging_tag t set name = c.name, norm_key = c.norm_key
from v3_concept c
where c.code = t.code and t.name <> c.name
  and not exists (select 1 from plg_tagging_tag o where o.norm_key = c.norm_key and o.id <> t.id);

-- 2. A free tag with a topic's key becomes that topic (same id, slug and articles).
update plg_tagging_tag t set vocabulary = 'medtop', code = c.code, name = c.name
from v3_concept c
where t.norm_key = c.norm_key and t.code is null
  and not exists (select 1 from plg_tagging_tag o where o.code = c.code);

-- 3. Every other active concept is a new tag; a slug taken by a free tag gets the code's digits.
insert into plg_tagging_tag (vocabulary, name, slug, norm_key, code, parent_code)
select 'medtop', c.name,
       case when exists (select 1 from plg_tagging_tag o where o.slug = c.slug)
            then c.slug || '-' || substr(c.code, 8) else c.slug end,
       c.norm_key, c.code, c.parent_code
from v3_concept c
where not exists (select 1 from plg_tagging_tag o where o.code = c.code)
  and not exists (select 1 from plg_tagging_tag o where o.norm_key = c.norm_key)
order by c.code;

-- 4. The hierarchy as the IPTC has it (V2 had "international organisation" under politics).
update plg_tagging_tag t set parent_code = c.parent_code
from v3_concept c
where c.code = t.code and t.parent_code is distinct from c.parent_code;

-- 5. Labels in other languages.
insert into plg_tagging_label (tag_id, lang, label, norm_key)
select t.id, l.lang, l.label, l.norm_key
from v3_label l join plg_tagging_tag t on t.code = l.code;

drop table v3_concept;
drop table v3_label;
