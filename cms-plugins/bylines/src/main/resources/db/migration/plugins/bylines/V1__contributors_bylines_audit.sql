-- The bylines plugin's own tables. Core tables are only referenced (article), never altered.

-- People who appear in bylines: staff linked to a CMS username, or guests with no login.
create table plg_bylines_contributor (
    id                 bigint generated always as identity primary key,
    slug               varchar(120)  not null,
    display_name       varchar(200)  not null,
    -- display_name lower-cased, without diacritics or punctuation: matches "Hérmansyah" to "HERMANSYAH"
    name_key           varchar(200)  not null,
    bio                varchar(1000),
    username           varchar(64),
    guest              boolean       not null default false,
    affiliation        varchar(200),
    -- guests created from wire copy wait for an editor to confirm (or merge) them
    needs_confirmation boolean       not null default false,
    -- a merged duplicate keeps its row (old links redirect) but has no bylines left
    merged_into        bigint references plg_bylines_contributor (id),
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    constraint plg_bylines_contributor_slug_uk unique (slug),
    constraint plg_bylines_contributor_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint plg_bylines_contributor_not_self_ck check (merged_into is null or merged_into <> id)
);
create unique index plg_bylines_contributor_username_uk on plg_bylines_contributor (username)
    where username is not null;
create index plg_bylines_contributor_name_key_idx on plg_bylines_contributor (name_key);

-- The ordered bylines of an article: (contributor, role) at a position; a person once per role.
create table plg_bylines_byline (
    article_id     uuid        not null references article (id),
    position       int         not null,
    contributor_id bigint      not null references plg_bylines_contributor (id),
    role           varchar(20) not null,
    primary key (article_id, position),
    constraint plg_bylines_byline_uk unique (article_id, contributor_id, role),
    constraint plg_bylines_byline_role_ck
        check (role in ('author', 'reporter', 'photographer', 'editor', 'translator', 'contributor'))
);
-- author pages: a contributor's articles
create index plg_bylines_byline_contributor_idx on plg_bylines_byline (contributor_id, article_id);

-- Who changed contributors, when, and what (creations, edits, merges). Append-only.
create table plg_bylines_audit (
    id          bigint generated always as identity primary key,
    action      varchar(40)  not null,
    actor       varchar(64)  not null,
    at          timestamptz  not null,
    contributor varchar(120) not null,
    detail      text         not null
);
create index plg_bylines_audit_contributor_idx on plg_bylines_audit (contributor, id);

create function plg_bylines_audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'plg_bylines_audit is append-only';
end;
$$;
create trigger plg_bylines_audit_no_change before update or delete on plg_bylines_audit
    for each row execute function plg_bylines_audit_append_only();

-- Articles written before the plugin was installed get their author's byline, as new ones do (core tables
-- are only read). Contributors get the same slug, name and key the plugin gives on first use.
insert into plg_bylines_contributor (slug, display_name, name_key, username, guest, needs_confirmation,
                                     created_at, updated_at)
select trim(both '-' from regexp_replace(u.username, '[^a-z0-9]+', '-', 'g')), u.username,
       trim(regexp_replace(u.username, '[^a-z0-9]+', ' ', 'g')), u.username, false, false, now(), now()
from cms_user u
where exists (select 1 from article a where a.author_id = u.id)
on conflict do nothing;

insert into plg_bylines_audit (action, actor, at, contributor, detail)
select 'CREATED', 'system', now(), c.slug, 'linked to the account ' || c.username || ' when the plugin was installed'
from plg_bylines_contributor c;

insert into plg_bylines_byline (article_id, position, contributor_id, role)
select a.id, 0, c.id, 'author'
from article a
join cms_user u on u.id = a.author_id
join plg_bylines_contributor c on c.username = u.username;
