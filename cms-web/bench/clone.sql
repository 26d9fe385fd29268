-- The benchmark's bulk path (run.sh, N above BENCH_API_MAX): copies every live article that the API loaded,
-- with everything the read paths use (its revisions, its search documents, its tags and bylines), :copies
-- times, each copy one week older than the last, so N reaches 100,000 or 1,000,000 in minutes instead of hours
-- and the archive spans months to years. The copies are what the API made, row for row, with new ids, a slug
-- suffix and shifted times; the column lists come from the catalogue, so a new column is copied too.
-- Usage: psql -v copies=K -f clone.sql
\set ON_ERROR_STOP on
select set_config('bench.copies', :'copies', false);

do $$
declare
    copies int := current_setting('bench.copies')::int;
    shift interval;
    t text;
    cols text;
    sel text;
begin
    create temp table bench_base as select id from article where live_revision_id is not null;
    for k in 1..copies loop
        shift := make_interval(days => 7 * k);
        drop table if exists bench_map;
        create temp table bench_map as select id as old, gen_random_uuid() as new from bench_base;
        -- articles: new id and slug, times shifted, the live revision set below
        select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
               string_agg(case when column_name = 'id' then 'm.new'
                               when column_name = 'slug' then format('x.slug || %L', '-b' || k)
                               when column_name = 'live_revision_id' then 'null'
                               when data_type like 'timestamp%' then format('x.%I - $1', column_name)
                               else format('x.%I', column_name) end, ', ' order by ordinal_position)
          into cols, sel
          from information_schema.columns where table_schema = current_schema() and table_name = 'article';
        execute format('insert into article (%s) select %s from article x join bench_map m on m.old = x.id', cols, sel)
            using shift;
        -- what hangs off an article and the read paths read: new article id, identity columns left to the table
        foreach t in array array['article_revision', 'article_search', 'plg_tagging_article_tag', 'plg_bylines_byline'] loop
            select string_agg(quote_ident(column_name), ', ' order by ordinal_position),
                   string_agg(case when column_name = 'article_id' then 'm.new'
                                   when data_type like 'timestamp%' then format('x.%I - $1', column_name)
                                   else format('x.%I', column_name) end, ', ' order by ordinal_position)
              into cols, sel
              from information_schema.columns
             where table_schema = current_schema() and table_name = t and is_identity = 'NO';
            execute format('insert into %I (%s) select %s from %I x join bench_map m on m.old = x.article_id',
                           t, cols, sel, t) using shift;
        end loop;
        update article a set live_revision_id = nr.id
          from bench_map m
          join article o on o.id = m.old
          join article_revision lr on lr.id = o.live_revision_id
          join article_revision nr on nr.article_id = m.new and nr.number = lr.number
         where a.id = m.new;
        raise notice 'copy % of %: % articles', k, copies, (select count(*) from bench_map);
    end loop;
end
$$;
analyze;
