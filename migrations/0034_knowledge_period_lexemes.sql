-- Hand-written: the function search's period index is built on (migration 0035). Each lexeme of a
-- contribution's matching tsvector (its text's lexemes and its facets, as in the matching index) becomes
-- 'lexeme@P', P the four-week period it was written in (floor of its Unix time over 2,419,200 s, UTC:
-- KNOWLEDGE_PERIOD_SECONDS in src/db/schema/knowledge.ts; periods start on Thursdays). A query for the
-- latest matches asks each period in turn, newest first: the posting lists it walks hold only that
-- period's rows (search-knowledge.ts, recentMatches). Immutable: the same row always gives the same lexemes.
-- Its schema named: PostgreSQL 17 (PGlite) builds indexes with a search_path of pg_catalog only.
CREATE FUNCTION knowledge_period_lexemes(search tsvector, facets text[], created_at timestamptz) RETURNS tsvector
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ select array_to_tsvector(array(
		select lexeme || '@' || floor(extract(epoch from created_at at time zone 'UTC') / 2419200)::bigint
		from unnest(tsvector_to_array(search || public.knowledge_facet_lexemes(facets))) as lexeme)) $$;
