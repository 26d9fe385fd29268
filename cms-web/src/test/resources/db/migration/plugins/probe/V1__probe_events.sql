-- The probe test plugin's own table: every hook call it received, in order.
create table plg_probe_event (
    id         bigint generated always as identity primary key,
    article_id uuid        not null references article (id),
    kind       varchar(40) not null,
    detail     text        not null
);
