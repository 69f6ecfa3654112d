-- Keeps experience_frequencies exact (see src/db/schema/matching.ts). Matching weighs a shared experience by
-- how few people list it; counting distinct people over every profile and offer on each help request took
-- about a second with 100,000 members. Statement-level triggers on both listing tables now adjust the counts
-- of the people a statement touched, comparing their listings before and after it. A change of the tree (a
-- leaf moved to another branch, as a merge does) or a truncation recounts everything.
--
-- A listing of experience e counts under e itself, under e's branch when e is a leaf of a top-level branch
-- (a branch counts the people listing it or any of its leaves), and under '*' (everybody listing anything).
CREATE FUNCTION experience_frequencies_recount() RETURNS void LANGUAGE sql AS $$
	DELETE FROM experience_frequencies;
	INSERT INTO experience_frequencies (key, people)
	SELECT keys.key, count(DISTINCT listed.account_id)::int
	FROM (
		SELECT account_id, experience_id FROM profile_experiences
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
CREATE FUNCTION experience_frequencies_adjust(
	added_accounts uuid[], added_experiences text[], removed_accounts uuid[], removed_experiences text[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	-- Changes to one person's listings take turns (a row lock on their account, taken in a fixed order): the
	-- statements below then see what a concurrent transaction committed, so nobody is counted twice or missed.
	PERFORM 1 FROM accounts WHERE id = ANY (added_accounts || removed_accounts) ORDER BY id FOR NO KEY UPDATE;
	WITH added AS (
		SELECT * FROM unnest(added_accounts, added_experiences) AS added(account_id, experience_id)
	), removed AS (
		SELECT * FROM unnest(removed_accounts, removed_experiences) AS removed(account_id, experience_id)
	), touched AS (
		SELECT account_id FROM added UNION SELECT account_id FROM removed
	), after_rows AS (
		SELECT account_id, experience_id FROM profile_experiences WHERE account_id IN (SELECT account_id FROM touched)
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
CREATE FUNCTION experience_frequencies_on_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	accounts_added uuid[];
	experiences_added text[];
BEGIN
	SELECT array_agg(account_id), array_agg(experience_id) INTO accounts_added, experiences_added FROM added_rows;
	IF accounts_added IS NOT NULL THEN
		PERFORM experience_frequencies_adjust(accounts_added, experiences_added, '{}', '{}');
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION experience_frequencies_on_delete() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	accounts_removed uuid[];
	experiences_removed text[];
BEGIN
	SELECT array_agg(account_id), array_agg(experience_id) INTO accounts_removed, experiences_removed FROM removed_rows;
	IF accounts_removed IS NOT NULL THEN
		PERFORM experience_frequencies_adjust('{}', '{}', accounts_removed, experiences_removed);
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION experience_frequencies_on_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	accounts_added uuid[];
	experiences_added text[];
	accounts_removed uuid[];
	experiences_removed text[];
BEGIN
	-- Most updates change words, period or audience only: nothing to count then.
	IF NOT EXISTS (
		(SELECT account_id, experience_id FROM added_rows EXCEPT ALL SELECT account_id, experience_id FROM removed_rows)
		UNION ALL
		(SELECT account_id, experience_id FROM removed_rows EXCEPT ALL SELECT account_id, experience_id FROM added_rows)
	) THEN
		RETURN NULL;
	END IF;
	SELECT array_agg(account_id), array_agg(experience_id) INTO accounts_added, experiences_added FROM added_rows;
	SELECT array_agg(account_id), array_agg(experience_id) INTO accounts_removed, experiences_removed FROM removed_rows;
	PERFORM experience_frequencies_adjust(accounts_added, experiences_added, accounts_removed, experiences_removed);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION experience_frequencies_on_recount() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM experience_frequencies_recount();
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION experience_frequencies_on_tree_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF EXISTS (
		SELECT 1 FROM old_entries JOIN new_entries USING (id)
		WHERE old_entries.parent_id IS DISTINCT FROM new_entries.parent_id
	) THEN
		PERFORM experience_frequencies_recount();
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_insert AFTER INSERT ON profile_experiences
	REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_insert();
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_delete AFTER DELETE ON profile_experiences
	REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_delete();
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_update AFTER UPDATE ON profile_experiences
	REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
	FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_update();
--> statement-breakpoint
CREATE TRIGGER profile_experiences_frequencies_truncate AFTER TRUNCATE ON profile_experiences
	FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_recount();
--> statement-breakpoint
CREATE TRIGGER offer_experiences_frequencies_insert AFTER INSERT ON offer_experiences
	REFERENCING NEW TABLE AS added_rows FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_insert();
--> statement-breakpoint
CREATE TRIGGER offer_experiences_frequencies_delete AFTER DELETE ON offer_experiences
	REFERENCING OLD TABLE AS removed_rows FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_delete();
--> statement-breakpoint
CREATE TRIGGER offer_experiences_frequencies_update AFTER UPDATE ON offer_experiences
	REFERENCING OLD TABLE AS removed_rows NEW TABLE AS added_rows
	FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_update();
--> statement-breakpoint
CREATE TRIGGER offer_experiences_frequencies_truncate AFTER TRUNCATE ON offer_experiences
	FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_recount();
--> statement-breakpoint
CREATE TRIGGER experiences_frequencies_tree AFTER UPDATE ON experiences
	REFERENCING OLD TABLE AS old_entries NEW TABLE AS new_entries
	FOR EACH STATEMENT EXECUTE FUNCTION experience_frequencies_on_tree_change();
--> statement-breakpoint
SELECT experience_frequencies_recount();
