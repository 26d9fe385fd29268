-- Revisions (every save), the live copy readers see, corrections, edit locks, scheduling and embargo.

-- One row per save. Editorial fields are stored whole: revisions must be readable and diffable in any
-- order without replaying chains, bodies are a few KB, and PostgreSQL compresses long text (TOAST) by
-- itself. Nothing else about the article (comments, audit, workflow state) is copied here.
create table article_revision (
    id              bigint generated always as identity primary key,
    article_id      uuid         not null references article (id),
    number          integer      not null,
    based_on        integer,
    restored_from   integer,
    author_id       uuid         not null references cms_user (id),
    created_at      timestamptz  not null,
    headline        varchar(300) not null,
    standfirst      text,
    body            text         not null,
    dateline_place  varchar(120),
    dateline_source varchar(120),
    language        varchar(35)  not null,
    section         varchar(80),
    constraint article_revision_number_uk unique (article_id, number)
);

create trigger article_revision_append_only before update or delete on article_revision
    for each row execute function cms_refuse_change();

-- Every article existing before this migration gets its current content as revision 1.
insert into article_revision (article_id, number, author_id, created_at, headline, standfirst, body,
                              dateline_place, dateline_source, language, section)
select id, 1, author_id, updated_at, headline, standfirst, body, dateline_place, dateline_source, language, section
from article;

alter table article
    add column current_revision     integer not null default 1,
    -- what readers see: a revision, so editing a live article changes nothing public until republished
    add column live_revision_id     bigint references article_revision (id),
    -- its number, kept beside the id so lists and newsroom views need not load the revision
    add column live_revision_number integer,
    add column embargo_until        timestamptz,
    add column scheduled_publish_at timestamptz,
    add column scheduled_by         uuid references cms_user (id);

update article a set live_revision_id = r.id, live_revision_number = r.number
from article_revision r
where r.article_id = a.id and r.number = 1 and a.status = 'PUBLISHED';

-- the public read paths select live articles, newest first
drop index article_published_idx;
create index article_live_idx on article (last_published_at desc, id) where live_revision_id is not null;
-- the scheduler claims due rows
create index article_scheduled_idx on article (scheduled_publish_at) where status = 'SCHEDULED';

create table article_correction (
    id           bigint generated always as identity primary key,
    article_id   uuid        not null references article (id),
    revision_id  bigint      not null references article_revision (id),
    note         text        not null,
    corrected_at timestamptz not null,
    actor_id     uuid        not null references cms_user (id)
);
create index article_correction_article_idx on article_correction (article_id, id);
create trigger article_correction_append_only before update or delete on article_correction
    for each row execute function cms_refuse_change();

-- An advisory edit lock per article, kept apart from the article row so taking and refreshing it never
-- changes the article's version (which would make everyone's If-Match stale).
create table article_edit_lock (
    article_id        uuid        primary key references article (id),
    holder_id         uuid        not null references cms_user (id),
    taken_at          timestamptz not null,
    expires_at        timestamptz not null,
    taken_over_from   uuid references cms_user (id),
    taken_over_at     timestamptz
);

-- audit events done by the system (the scheduler) on behalf of a user
alter table audit_event add column performed_by varchar(32);
