-- Sign-in throttling: failed sign-ins counted per account name and per client address, in the database so
-- that every node sees the same counts and locks (issue 16).

-- One row per subject that failed recently: 'account:<name as typed, lower-case>' (unknown names too, so
-- they are throttled exactly like real ones) or 'address:<IPv4 address, or IPv6 /64 prefix>'.
create table login_throttle (
    subject         varchar(200) primary key,
    -- failures in the window that started at window_start
    failures        integer      not null,
    window_start    timestamptz  not null,
    -- lockouts in a row: each doubles the lock; forgotten after a quiet day
    lockouts        integer      not null default 0,
    locked_until    timestamptz,
    last_failure_at timestamptz  not null,
    constraint login_throttle_counts_ck check (failures >= 0 and lockouts >= 0)
);
-- stale rows are swept by last failure
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

-- Lockouts and admin unlocks, kept like the article audit trail: append-only.
create table login_audit (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz  not null,
    action       varchar(16)  not null,
    subject      varchar(200) not null,
    -- LOCKED: the failures that led to it, the client address of the last one, how long the lock lasts
    failures     integer      not null,
    address      varchar(64),
    locked_until timestamptz,
    lock_seconds integer,
    -- UNLOCKED: the admin who did it
    actor_id     uuid         references cms_user (id),
    constraint login_audit_action_ck check (action in ('LOCKED', 'UNLOCKED'))
);
create index login_audit_subject_idx on login_audit (subject, id);

create trigger login_audit_append_only before update or delete on login_audit
    for each row execute function cms_refuse_change();
