-- The plugin host: which plugins are enabled and how they are configured (shared by every node), and
-- the audit trail of admins' changes. Plugins' own tables come from their own migrations.

create table plugin_state (
    plugin_id         varchar(64)  primary key,
    enabled           boolean      not null,
    config            text         not null default '{}',
    installed_version varchar(64)  not null,
    updated_at        timestamptz  not null,
    version           bigint       not null default 0
);

create table plugin_audit (
    id          bigint generated always as identity primary key,
    plugin_id   varchar(64) not null,
    actor_id    uuid        not null references cms_user (id),
    action      varchar(20) not null,
    old_value   text,
    new_value   text,
    occurred_at timestamptz not null
);
create index plugin_audit_plugin_idx on plugin_audit (plugin_id, id);
create trigger plugin_audit_append_only before update or delete on plugin_audit
    for each row execute function cms_refuse_change();
