// Articles already in the database (text for quote checks and mention links).
MATCH (a:Article)
RETURN a.id AS id, a.text AS text, a.contentHash AS hash
