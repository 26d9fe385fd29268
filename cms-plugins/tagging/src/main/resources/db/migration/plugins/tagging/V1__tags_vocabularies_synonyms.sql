-- Tagging plugin: vocabularies, tags, synonyms, ordered tags per article, stored suggestions, audit.

create table plg_tagging_vocabulary (
    id         varchar(40)  primary key,
    name       varchar(120) not null,
    controlled boolean      not null
);

create table plg_tagging_tag (
    id          bigint generated always as identity primary key,
    vocabulary  varchar(40)  not null references plg_tagging_vocabulary (id),
    name        varchar(80)  not null,
    slug        varchar(100) not null,
    -- case-, diacritic- and space-insensitive form: "Rusia", "rusia " and "RUSIA" are one tag
    norm_key    varchar(100) not null,
    code        varchar(40),
    parent_code varchar(40),
    created_at  timestamptz  not null default now(),
    constraint plg_tagging_tag_slug_uk unique (slug),
    constraint plg_tagging_tag_norm_uk unique (norm_key),
    constraint plg_tagging_tag_code_uk unique (code)
);

create table plg_tagging_synonym (
    id       bigint generated always as identity primary key,
    tag_id   bigint       not null references plg_tagging_tag (id) on delete cascade,
    name     varchar(80)  not null,
    language varchar(35),
    norm_key varchar(100) not null,
    constraint plg_tagging_synonym_norm_uk unique (norm_key)
);
create index plg_tagging_synonym_tag_idx on plg_tagging_synonym (tag_id);

create table plg_tagging_article_tag (
    article_id uuid    not null references article (id),
    tag_id     bigint  not null references plg_tagging_tag (id),
    position   integer not null,
    primary key (article_id, tag_id)
);
-- listing by tag: from the tag to its articles without touching other tags' rows
create index plg_tagging_article_tag_tag_idx on plg_tagging_article_tag (tag_id, article_id);

-- suggestions found at wire import: shown to a person, never applied on their own
create table plg_tagging_suggestion (
    id         bigint generated always as identity primary key,
    article_id uuid         not null references article (id),
    name       varchar(80)  not null,
    reason     varchar(300) not null
);
create index plg_tagging_suggestion_article_idx on plg_tagging_suggestion (article_id);

-- keyword cues that point from article text to a Media Topic
create table plg_tagging_topic_cue (
    code    varchar(40)  not null,
    keyword varchar(60)  not null,
    primary key (code, keyword)
);

create table plg_tagging_audit (
    id          bigint generated always as identity primary key,
    actor       varchar(64)  not null,
    action      varchar(20)  not null,
    detail      text         not null,
    occurred_at timestamptz  not null default now()
);

insert into plg_tagging_vocabulary (id, name, controlled) values
    ('free', 'Free tags', false),
    ('medtop', 'IPTC Media Topics', true);
