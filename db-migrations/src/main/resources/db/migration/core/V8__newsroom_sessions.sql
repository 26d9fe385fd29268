-- Newsroom UI sessions (issue 12): in the database, so a session started through one node works through
-- every other. The cookie carries a random token; only its SHA-256 (hex) is stored, so a copy of this table
-- signs nobody in.
create table newsroom_session (
    token_hash   char(64)    primary key,
    user_id      uuid        not null references cms_user (id) on delete cascade,
    -- sent back with every state-changing request the session makes (forms, htmx, fetch)
    csrf_token   varchar(64) not null,
    created_at   timestamptz not null,
    -- the idle timeout counts from here; refreshed at most once a minute
    last_seen_at timestamptz not null,
    constraint newsroom_session_hash_ck check (token_hash ~ '^[0-9a-f]{64}$')
);
-- "sign out everywhere" and revocation on deactivation, password or role change
create index newsroom_session_user_idx on newsroom_session (user_id);
create index newsroom_session_last_seen_idx on newsroom_session (last_seen_at);
