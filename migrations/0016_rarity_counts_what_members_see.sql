-- experience_frequencies (migration 0005) counted every profile line, those people keep to themselves
-- ('only_me') or show only to their supporters included: on a small instance a "rare ici" label or a count
-- could then point at someone who never showed it. From now on a profile line counts only when it is shown
-- at least to the members of the person's organisations ('my_organisations' or 'instance'); offered
-- experiences, which matching shows to members anyway, count as before. Changing a line's audience now
-- changes the counts, so profile lines get their own triggers that pass on counted rows only.
CREATE OR REPLACE FUNCTION experience_frequencies_recount() RETURNS void LANGUAGE sql AS $$
	DELETE FROM experience_frequencies;
	INSERT INTO experience_frequencies (key, people)
	SELECT keys.key, count(DISTINCT listed.account_id)::int
	FROM (
		SELECT account_id, experience_id FROM profile_experiences
		WHERE visibility IN ('my_organisations', 'instance')
		UNION ALL
		SELECT account_id, experience_id FROM offer_experiences
	) listed
	JOIN experiences entry ON entry.id = listed.experience_id
	LEFT JOIN experiences branch ON branch.id = entry.parent_id AND branch.parent_id IS NULL
	CROSS JOIN LATERAL (VALUES (entry.id), (branch.id), ('*')) AS keys(key)
	WHERE keys.key IS NOT NULL
	GROUP BY keys.key;
$$;
--> statement-breakpoint
-- As in 0005, with the counted profile lines only; the callers pass counted rows only.
CREATE OR REPLACE FUNCTION experience_frequencies_adjust(
	added_accounts uuid[], added_experiences text[], removed_accounts uuid[], removed_experiences text[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	PERFORM 1 FROM accounts WHERE id = ANY (added_accounts || removed_accounts) ORDER BY id FOR NO KEY UPDATE;
	WITH added AS (
		SELECT * FROM unnest(added_accounts, added_experiences) AS added(account_id, experience_id)
	), removed AS (
		SELECT * FROM unnest(removed_accounts, removed_experiences) AS removed(account_id, experience_id)
	), touched AS (
		SELECT account_id FROM added UNION SELECT account_id FROM removed
	), after_rows AS (
		SELECT account_id, experience_id FROM profile_experiences
		WHERE account_id IN (SELECT account_id FROM touched) AND visibility IN ('my_organisations', 'instance')
		UNION ALL
		SELECT account_id, experience_id FROM offer_experiences WHERE account_id IN (SELECT account_id FROM touched)
	), before_rows AS (
		(SELECT account_id, experience_id FROM after_rows EXCEPT ALL SELECT account_id, experience_id FROM added)
		UNION ALL
		SELECT account_id, experience_id FROM removed
	), counted AS (
		SELECT DISTINCT listed.state, listed.account_id, keys.key
		FROM (
			SELECT 1 AS state, account_id, experience_id FROM after_rows
			UNION ALL
			SELECT -1, account_id, experience_id FROM before_rows
		) listed
		JOIN experiences entry ON entry.id = listed.experience_id
		LEFT JOIN experiences branch ON branch.id = entry.parent_id AND branch.parent_id IS NULL
		CROSS JOIN LATERAL (VALUES (entry.id), (branch.id), ('*')) AS keys(key)
		WHERE keys.key IS NOT NULL
	)
	INSERT INTO experience_frequencies AS frequency (key, people)
	SELECT key, sum(state)::int FROM counted GROUP BY key HAVING sum(state) <> 0 ORDER BY key
	ON CONFLICT (key) DO UPDATE SET people = frequency.people + excluded.people;
END;
$$;
--> statement-breakpoint
-- Profile lines: only those shown at least to members reach the counts, before and after a statement. A
-- change of audience across that line adds or removes a counted row; other updates change nothing.
CREATE FUNCTION profile_experience_frequencies_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	accounts_added uuid[];
	experiences_added text[];
	accounts_removed uuid[];
	experiences_removed text[];
BEGIN
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		SELECT coalesce(array_agg(account_id), '{}'), coalesce(array_agg(experience_id), '{}')
		INTO accounts_added, experiences_added
		FROM added_rows WHERE visibility IN ('my_organisations', 'instance');
	ELSE
		accounts_added := '{}';
		experiences_added := '{}';
	END IF;
	IF TG_OP IN ('DELETE', 'UPDATE') THEN
		SELECT coalesce(array_agg(account_id), '{}'), coalesce(array_agg(experience_id), '{}')
		INTO accounts_removed, experiences_removed
		FROM removed_rows WHERE visibility IN ('my_organisations', 'instance');
	ELSE
		accounts_removed := '{}';
		experiences_removed := '{}';
	END IF;
	IF TG_OP = 'UPDATE' AND NOT EXISTS (
		(SELECT * FROM unnest(accounts_added, experiences_added)
			EXCEPT ALL SELECT * FROM unnest(accounts_removed, experiences_removed))
		UNION ALL
		(SELECT * FROM unnest(accounts_removed, experiences_removed)
			EXCEPT ALL SELECT * FROM unnest(accounts_added, experiences_added))
	) THEN
		RETURN NULL;
	END IF;
	IF cardinality(accounts_added) + cardinality(accounts_removed) > 0 THEN
		PERFORM experience_frequencies_adjust(accounts_added, experiences_added, accounts_removed, experiences_removed);
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
DROP TRIGGER profile_experiences_frequencies_insert ON profile_experiences;
--> statement-breakpoint
DROP TRIGGER profile_experiences_frequencies_delete ON profile_experiences;
--> statement-breakpoint
DROP TRIGGER profile_experiences_frequencies_update ON profile_experiences;
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_insert AFTER INSERT ON profile_experiences
	REFERENCING NEW TABLE AS added_rows
	FOR EACH STATEMENT EXECUTE FUNCTION profile_experience_frequencies_on_change();
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_delete AFTER DELETE ON profile_experiences
	REFERENCING OLD TABLE AS removed_rows
	FOR EACH STATEMENT EXECUTE FUNCTION profile_experience_frequencies_on_change();
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_update AFTER UPDATE ON profile_experiences
	REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
	FOR EACH STATEMENT EXECUTE FUNCTION profile_experience_frequencies_on_change();
--> statement-breakpoint
SELECT experience_frequencies_recount();
