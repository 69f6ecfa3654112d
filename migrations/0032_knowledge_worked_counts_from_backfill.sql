-- Hand-written (data, not schema): when the confirmations counted in worked_count all count, for
-- contributions confirmed before the column (null would only make search check their count row by row).
UPDATE "contributions" c SET "worked_counts_from" = n.latest
FROM (select contribution_id, max(counts_from) as latest from contribution_confirmations
	where kind = 'worked' and hidden_at is null group by contribution_id) n
WHERE n.contribution_id = c.id;
