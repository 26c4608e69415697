CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH ()-[r]->() WHERE r.source = 'curated' RETURN count(r) AS claims }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
RETURN entities, articles, claims, mentions
