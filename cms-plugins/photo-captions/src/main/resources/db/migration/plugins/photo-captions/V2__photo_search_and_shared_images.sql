-- Reusing a photo already in the CMS: the newsroom panel searches photos by caption, credit or photographer
-- as the user types (PhotoStore.search, words as prefixes), and a reused photo is a copy of the record that
-- points at the same stored image, so deleting one photo asks whether another still uses its image.

-- the expression must stay exactly PhotoStore.SEARCH_TEXT for the planner to use this index
create index plg_photo_captions_photo_search on plg_photo_captions_photo using gin (
    to_tsvector('simple', translate(coalesce(caption, '') || ' ' || coalesce(credit, '') || ' ' || coalesce(photographer, ''), '/\|()[]{}<>,;:!?"._@#*+=~', '                          '))
) where image_key is not null;

create index plg_photo_captions_photo_image on plg_photo_captions_photo (image_key) where image_key is not null;
