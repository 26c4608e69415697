// Claims that changed or disappeared, by element id (seek, no scan).
UNWIND $eids AS eid
MATCH ()-[r]->()
WHERE elementId(r) = eid
DELETE r
