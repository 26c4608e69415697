// Marks one entity as indexed (the readers' test for "is this a hub"), with its totals.
CREATE (:ExplorerHub {id: $hub, neighbours: $neighbours, claims: $claims})
