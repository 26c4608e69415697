// Whether the opt-in full-text index of scripts/search-index.ts exists already (in any state), and on what.
SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state
WHERE name = $name
RETURN name, type, labelsOrTypes AS labels, properties, state
