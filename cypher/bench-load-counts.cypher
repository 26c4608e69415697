// bench:load's before/after check: everything in the store, and the curated claims (source 'curated').
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[r]->() WHERE r.source = 'curated' RETURN count(r) AS claims }
RETURN nodes, relationships, claims
