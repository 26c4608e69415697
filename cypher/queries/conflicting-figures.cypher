// title: Conflicting figures
// description: The same (from, type, to) claim reported with different values of one figure (e.g. 1,500 vs 3,000 vs 11,000 troops): each value with who gave it and when.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE size(coalesce(r.figureKeys, [])) > 0
UNWIND r.figureKeys AS key
WITH a, type(r) AS type, b, key, collect({value: r[key], claimant: r.claimantName, date: r.dateText, status: r.status}) AS reports, collect(r) AS claims
WITH a, type, b, key, reports, claims, [x IN reports | x.value] AS values
WHERE size(reduce(acc = [], v IN values | CASE WHEN v IN acc THEN acc ELSE acc + v END)) > 1
RETURN a.name AS from,
       type,
       b.name AS to,
       key AS figure,
       reduce(acc = [], v IN values | CASE WHEN v IN acc THEN acc ELSE acc + v END) AS distinctValues,
       reports,
       a, claims, b
ORDER BY from, type, to, figure
