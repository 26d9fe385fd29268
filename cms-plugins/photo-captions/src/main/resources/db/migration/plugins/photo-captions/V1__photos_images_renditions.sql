-- Photo captions plugin: the photos of each article (ordered, the first is the lead), the image bytes
-- (PostgresPhotoStore; another PhotoStore may keep them elsewhere) and resized renditions cached after first use.

create table plg_photo_captions_image (
    image_key  varchar(100) primary key,
    media_type varchar(40)  not null,
    size_bytes integer      not null,
    sha256     char(64)     not null,
    bytes      bytea        not null,
    created_at timestamptz  not null default now()
);

create table plg_photo_captions_photo (
    id                      uuid primary key,
    article_id              uuid         not null references article (id),
    position                integer      not null,
    caption                 text,
    credit                  text,
    photographer            text,
    photographer_contributor varchar(200),
    copyright               text,
    alt_text                text,
    image_key               varchar(100),
    media_type              varchar(40),
    size_bytes              integer,
    sha256                  char(64),
    width                   integer,
    height                  integer,
    captured_at             timestamptz,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now()
);

create index plg_photo_captions_photo_article on plg_photo_captions_photo (article_id, position);

create table plg_photo_captions_rendition (
    photo_id      uuid        not null references plg_photo_captions_photo (id) on delete cascade,
    width         integer     not null,
    source_sha256 char(64)    not null,
    media_type    varchar(40) not null,
    pixel_width   integer     not null,
    pixel_height  integer     not null,
    bytes         bytea       not null,
    created_at    timestamptz not null default now(),
    primary key (photo_id, width)
);
