-- Share links to an unpublished working copy (issue 14): whoever holds the link reads the article's current
-- working copy in the site's template until the link expires or is revoked. The token itself is never
-- stored, only its SHA-256 (hex): the table, a backup or a leak of it gives no working link.
create table preview_link (
    id         uuid        primary key,
    article_id uuid        not null references article (id),
    token_hash char(64)    not null,
    created_by uuid        not null references cms_user (id),
    created_at timestamptz not null,
    expires_at timestamptz not null,
    revoked_at timestamptz,
    revoked_by uuid        references cms_user (id),
    constraint preview_link_token_hash_uq unique (token_hash),
    constraint preview_link_token_hash_ck check (token_hash ~ '^[0-9a-f]{64}$'),
    constraint preview_link_expiry_ck check (expires_at > created_at),
    constraint preview_link_revoked_ck check ((revoked_at is null) = (revoked_by is null))
);
-- the editor's list of an article's links, newest first
create index preview_link_article_idx on preview_link (article_id, created_at);
