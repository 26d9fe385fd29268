-- What the newsroom web UI needs from the schema (issue 12): managed sections, autosaves folded into one open
-- revision, the revision last submitted for review, transition comments in the comment thread, notifications.

-- ---- Sections ------------------------------------------------------------------------------------------
-- A section is picked from a list, no longer typed: a slug (what articles store, what URLs and filters use)
-- and a display name (renamed freely; the slug never changes, so nothing that links to it breaks).
create table section (
    slug       varchar(80) primary key,
    name       varchar(80) not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    constraint section_slug_ck check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
-- "World" and "world" would be one entry twice in a picker
create unique index section_name_uk on section (lower(name));

-- Today's free-text values become sections: each distinct value (working copies and revisions alike) a
-- section of that name, its slug made the way the CMS makes slugs (ASCII, lower case, words joined by
-- hyphens). Values that give the same slug ("World", "WORLD ") become one section.
create temporary table section_names on commit drop as
with names as (
    select btrim(section) as name from article where btrim(section) <> ''
    union
    select btrim(section) from article_revision where btrim(section) <> ''
), slugs as (
    select name, btrim(left(btrim(regexp_replace(lower(translate(name,
                'ÀÁÂÃÄÅàáâãäåÈÉÊËèéêëÌÍÎÏìíîïÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÇçÑñÝýÿ',
                'AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOOooooooUUUUuuuuCcNnYyy')), '[^a-z0-9]+', '-', 'g'), '-'), 80),
            '-') as slug
    from names
)
select name, case when slug = '' then 'section-' || left(md5(name), 8) else slug end as slug from slugs;

insert into section (slug, name, created_at, updated_at)
select slug, min(name), now(), now() from section_names group by slug;

-- the representation changes (name → slug), so the version (ETag) moves with it
update article a set section = n.slug, version = a.version + 1
from section_names n where btrim(a.section) = n.name;
update article set section = null, version = version + 1 where section is not null and btrim(section) = '';

-- Revisions are append-only, but their section field now means a slug too: rewritten once, here, so that a
-- diff does not show "World" → "world" and restoring an old revision restores a known section. The guard is
-- replaced just below anyway.
drop trigger article_revision_append_only on article_revision;
update article_revision r set section = n.slug from section_names n where btrim(r.section) = n.name;
update article_revision set section = null where section is not null and btrim(section) = '';

alter table article add constraint article_section_fk foreign key (section) references section (slug);
alter table article_revision add constraint article_revision_section_fk foreign key (section) references section (slug);
create index article_section_updated_idx on article (section, updated_at desc);
-- the newsroom list sorts by created time too
create index article_created_idx on article (created_at desc, id);

-- ---- Autosave: one open revision per writer ------------------------------------------------------------
-- An autosave overwrites its author's latest revision while that revision is open, instead of adding one
-- per pause in typing. An explicit save or any transition closes it; a closed revision is immutable, as
-- every revision was before: the database refuses to change a closed one, to delete any, to reopen one,
-- or to change whose and which revision an open one is.
alter table article_revision add column open boolean not null default false;

create function cms_revision_guard() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'article_revision is append-only: DELETE refused' using errcode = 'insufficient_privilege';
    end if;
    if not old.open then
        raise exception 'article_revision % of article % is closed: UPDATE refused', old.number, old.article_id
            using errcode = 'insufficient_privilege';
    end if;
    if new.article_id <> old.article_id or new.number <> old.number or new.author_id <> old.author_id
            or new.based_on is distinct from old.based_on or new.restored_from is distinct from old.restored_from then
        raise exception 'article_revision % of article %: only the content of an open revision may change',
            old.number, old.article_id using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;

create trigger article_revision_closed_immutable before update or delete on article_revision
    for each row execute function cms_revision_guard();

-- Any transition closes the open revision, on every path that changes an article's state (newsroom,
-- scheduler, corrections): whatever went to review or live is never overwritten afterwards.
create function cms_close_open_revision() returns trigger language plpgsql as $$
begin
    if new.status is distinct from old.status or new.live_revision_id is distinct from old.live_revision_id then
        update article_revision set open = false where article_id = new.id and open;
    end if;
    return null;
end
$$;

create trigger article_transition_closes_revision after update on article
    for each row execute function cms_close_open_revision();

-- ---- The revision last submitted for review (the review screen diffs against it) -----------------------
alter table article add column submitted_revision integer;
-- the one submitted the time before: on a resubmission the reviewer compares with what they reviewed then
alter table article add column previous_submitted_revision integer;

update article a set submitted_revision = (
    select max(r.number) from article_revision r
    where r.article_id = a.id and r.created_at <= s.submitted_at)
from (select article_id, max(occurred_at) as submitted_at from audit_event
      where action = 'TRANSITION' and to_status = 'IN_REVIEW' group by article_id) s
where s.article_id = a.id;

-- ---- Transition comments in the comment thread ---------------------------------------------------------
-- A comment given with a transition ("Shorter, please." with CHANGES_REQUESTED) is also a comment, marked
-- with the state the article moved to. Earlier ones are copied from the audit trail; generated notes
-- (scheduling, the scheduler's own) are not comments.
alter table editorial_comment add column transition varchar(32);
alter table editorial_comment add constraint editorial_comment_transition_ck check (transition in
    ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'KILLED'));

insert into editorial_comment (article_id, author_id, body, created_at, transition)
select article_id, actor_id, comment, occurred_at, to_status from audit_event
where action = 'TRANSITION' and comment is not null and btrim(comment) <> '' and performed_by is null
  and to_status <> 'SCHEDULED' and not (from_status = 'SCHEDULED' and to_status = 'APPROVED')
order by id;

-- ---- Notifications -------------------------------------------------------------------------------------
-- Written in the transaction of the transition that causes them: SUBMITTED to every active editor and
-- admin, CHANGES_REQUESTED (with the comment) and PUBLISHED to the article's author.
create table notification (
    id           uuid        primary key,
    recipient_id uuid        not null references cms_user (id) on delete cascade,
    kind         varchar(32) not null,
    article_id   uuid        not null references article (id),
    actor_id     uuid        references cms_user (id),
    comment      text,
    created_at   timestamptz not null,
    read_at      timestamptz,
    constraint notification_kind_ck check (kind in ('SUBMITTED', 'CHANGES_REQUESTED', 'PUBLISHED'))
);
create index notification_recipient_idx on notification (recipient_id, created_at desc);
create index notification_unread_idx on notification (recipient_id) where read_at is null;
