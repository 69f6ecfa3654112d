-- Hand-written: the function search's matching index is built on (migration 0031). A facet token becomes
-- the lexeme 'facet <token>': the space keeps it apart from every word of a text (the parser never puts
-- one in a lexeme), so a text saying "public" or naming a path is never taken for a facet. Immutable: the
-- same tokens always give the same lexemes.
CREATE FUNCTION knowledge_facet_lexemes(facets text[]) RETURNS tsvector
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	AS $$ select array_to_tsvector(array(select 'facet ' || facet from unnest(facets) as facet)) $$;
