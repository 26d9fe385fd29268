-- Imported wire copy by content hash: re-importing the same text finds the article made the first time.
create table wire_import (
    content_hash char(64)     primary key,
    article_id   uuid         not null references article (id),
    file_name    varchar(255) not null,
    charset      varchar(20)  not null,
    importer_id  uuid         not null references cms_user (id),
    imported_at  timestamptz  not null
);
