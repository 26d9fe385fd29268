create table plg_sample_plugin_note (id bigint generated always as identity primary key, text text not null);
