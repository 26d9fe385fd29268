-- Image bytes may live outside PostgreSQL (CMS_PHOTO_STORE=s3): the image row stays, as what photos point at
-- and what deletion locks, and says where its bytes are. Rows stored before this stay in PostgreSQL.

alter table plg_photo_captions_image
    add column stored_in varchar(20) not null default 'postgresql',
    alter column bytes drop not null;

alter table plg_photo_captions_image
    add constraint plg_photo_captions_image_stored_in check (
        (stored_in = 'postgresql' and bytes is not null) or (stored_in = 's3' and bytes is null));
