-- Hand-written (data, not schema): fills the columns search now reads for contributions written before them.
UPDATE "contributions" c SET "experience_ids" = array(
	select distinct branch from contribution_experiences ce
	left join experiences e on e.id = ce.experience_id,
	unnest(array[ce.experience_id, e.parent_id]) as branch
	where ce.contribution_id = c.id and branch is not null order by branch)
WHERE exists (select 1 from contribution_experiences ce where ce.contribution_id = c.id);--> statement-breakpoint
UPDATE "contributions" c SET "worked_count" = n.count
FROM (select contribution_id, count(*)::int as count from contribution_confirmations
	where kind = 'worked' and hidden_at is null group by contribution_id) n
WHERE n.contribution_id = c.id;
