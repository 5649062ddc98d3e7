-- The directory's "did you mean" in one statement (issue 17).
--
-- A search that finds nobody, neither word for word nor by similar spelling (pg_trgm's default
-- word similarity threshold, 0.6), suggests the closest published name at a lower threshold, 0.4:
-- at 0.3 it suggested unrelated names ("Zinoviy" for "zzzzqqq") and took 200 ms at 100,000
-- prisoners, at 0.4 it still suggests "Oleksandr Kolchenko" for "Kolchnko" (0.58). The threshold
-- is a setting that the <% operator and its trigram index read, so the directory used to set it
-- for one transaction (BEGIN, set_config, the query, COMMIT: four round trips for one name).
-- This function carries the setting in its definition instead: its body runs with 0.4, the
-- caller's session keeps 0.6, and the suggestion is one statement.
--
-- It returns the ids of the published people one of whose names resembles `plain` (the input's
-- vigil_search_text) or `key` (its vigil_search_key) at 0.4, through the trigram index, closest
-- first (then by sortName and id, as the directory orders), and the directory takes the first of
-- them that its filters allow. The caller passes both forms already computed: its planner folds
-- them once, where this body, planned for any input, would compute them again for every row it
-- rechecks. The body is SQL-standard (RETURN ...), so that its names are resolved now, whatever
-- search_path.
-- No semicolon in this file but at the ends of statements: the pg driver adapter splits there,
-- in comments too.

CREATE FUNCTION vigil_suggestion_candidates(plain text, key text) RETURNS text[]
  LANGUAGE sql STABLE STRICT
  SET pg_trgm.word_similarity_threshold = 0.4
  RETURN ARRAY(
    SELECT p.id FROM "Prisoner" AS p
    WHERE p.state = 'PUBLISHED' AND (plain <% p."searchNames" OR key <% p."searchNames")
    ORDER BY greatest(word_similarity(plain, p."searchNames"), word_similarity(key, p."searchNames")) DESC,
      p."sortName", p.id
  );

COMMENT ON FUNCTION vigil_suggestion_candidates(text, text) IS
  'Ids of published prisoners with a name that resembles the plain form or key of the input at word similarity 0.4, closest first: the directory''s "did you mean" candidates.';
