-- Core schema: newsroom users, articles and their editorial workflow, audit trail and comments.
-- Flyway owns the schema; Hibernate never generates it.

create table cms_user (
    id            uuid         primary key,
    username      varchar(64)  not null,
    display_name  varchar(200) not null,
    password_hash varchar(512) not null,
    active        boolean      not null default true,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint cms_user_username_uk unique (username),
    constraint cms_user_username_ck check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$')
);

create table cms_user_role (
    user_id uuid        not null references cms_user (id) on delete cascade,
    role    varchar(16) not null,
    primary key (user_id, role),
    constraint cms_user_role_ck check (role in ('JOURNALIST', 'EDITOR', 'ADMIN'))
);

create table article (
    id                 uuid         primary key,
    slug               varchar(120) not null,
    headline           varchar(300) not null,
    standfirst         text,
    body               text         not null default '',
    dateline_place     varchar(120),
    dateline_source    varchar(120),
    language           varchar(35)  not null,
    section            varchar(80),
    status             varchar(32)  not null,
    author_id          uuid         not null references cms_user (id),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    first_published_at timestamptz,
    last_published_at  timestamptz,
    version            bigint       not null default 0,
    constraint article_slug_uk unique (slug),
    constraint article_status_ck check (status in
        ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'KILLED'))
);

-- newsroom lists filter by status and author, newest first; the public list reads published only
create index article_status_updated_idx on article (status, updated_at desc);
create index article_author_updated_idx on article (author_id, updated_at desc);
create index article_published_idx on article (last_published_at desc, id) where status = 'PUBLISHED';

create table audit_event (
    id          bigint generated always as identity primary key,
    article_id  uuid        not null references article (id),
    actor_id    uuid        not null references cms_user (id),
    action      varchar(40) not null,
    from_status varchar(32),
    to_status   varchar(32),
    comment     text,
    occurred_at timestamptz not null
);
create index audit_event_article_idx on audit_event (article_id, id);

create table editorial_comment (
    id         bigint generated always as identity primary key,
    article_id uuid        not null references article (id),
    author_id  uuid        not null references cms_user (id),
    body       text        not null,
    created_at timestamptz not null
);
create index editorial_comment_article_idx on editorial_comment (article_id, id);

-- The audit trail and comments are append-only: the database refuses to rewrite history,
-- whatever code path (or operator) tries.
create function cms_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function cms_refuse_change();
create trigger editorial_comment_append_only before update or delete on editorial_comment
    for each row execute function cms_refuse_change();
