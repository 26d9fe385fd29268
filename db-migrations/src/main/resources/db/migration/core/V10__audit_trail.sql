-- One audit trail for everything (issue 13): articles as before, and now user administration, plugin
-- administration and the events plugins record through the plugin API. Every existing row is kept.
-- Also: the UI language each user chooses on their profile.

-- ---- The trail becomes general ---------------------------------------------------------------------------
-- subject_type + subject say what an event is about: ARTICLE (subject = the article id, article_id set as
-- before), USER (subject = the username), PLUGIN (subject = the plugin id for an admin's change; for an event
-- a plugin recorded, whatever the plugin names, e.g. a contributor's slug). plugin_id is set on the events a
-- plugin recorded itself. actor_id is null for "system" (a plugin's event outside any request).
alter table audit_event alter column article_id drop not null;
alter table audit_event alter column actor_id drop not null;
alter table audit_event add column subject_type varchar(16) not null default 'ARTICLE';
alter table audit_event add column subject varchar(200);
alter table audit_event add column plugin_id varchar(64);
-- a JSON object (what changed: old → new values, roles, a plugin's own details); null for article events
alter table audit_event add column details text;
alter table audit_event alter column subject_type drop default;

-- Filling in the subject of the existing rows is the one rewrite the append-only rule lets through, here only.
alter table audit_event disable trigger audit_event_append_only;
update audit_event set subject = article_id::text;
alter table audit_event enable trigger audit_event_append_only;

alter table audit_event alter column subject set not null;
alter table audit_event add constraint audit_event_subject_type_ck
    check (subject_type in ('ARTICLE', 'USER', 'PLUGIN'));
alter table audit_event add constraint audit_event_article_ck
    check ((subject_type = 'ARTICLE') = (article_id is not null));

-- ---- Plugin administration moves into it -----------------------------------------------------------------
insert into audit_event (subject_type, subject, actor_id, action, details, occurred_at)
select 'PLUGIN', plugin_id, actor_id, 'PLUGIN_' || action,
       json_build_object('old', old_value, 'new', new_value)::text, occurred_at
from plugin_audit order by id;
drop table plugin_audit;

-- The admin view reads newest first (the identity is the order), filtered by actor, subject or type.
create index audit_event_actor_idx on audit_event (actor_id, id);
create index audit_event_subject_idx on audit_event (subject_type, subject, id);
create index audit_event_action_idx on audit_event (action, id);
create index audit_event_plugin_idx on audit_event (plugin_id, id) where plugin_id is not null;

-- ---- The user's UI language ------------------------------------------------------------------------------
-- null: not chosen (the browser's Accept-Language decides)
alter table cms_user add column ui_language varchar(8);
alter table cms_user add constraint cms_user_ui_language_ck check (ui_language in ('en', 'id'));
