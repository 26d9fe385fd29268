-- The plugin's audit entries move to the host's one audit trail (issue 13), which the plugin now writes
-- through PluginContext.audit(): every row of plg_bylines_audit becomes an event recorded by the plugin
-- (subject type PLUGIN, plugin_id 'bylines', the contributor's slug as subject, the old text as the detail),
-- in the same order; then the plugin's table goes. This one-time move is the only write of this plugin to a
-- core table, and it uses the columns the host documents for plugin events.
insert into audit_event (subject_type, subject, plugin_id, actor_id, action, details, occurred_at)
select 'PLUGIN', a.contributor, 'bylines', u.id, a.action, json_build_object('detail', a.detail)::text, a.at
from plg_bylines_audit a
left join cms_user u on u.username = a.actor
order by a.id;

drop table plg_bylines_audit;
drop function plg_bylines_audit_append_only();
