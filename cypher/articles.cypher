// A page of articles, newest first, with how many entities each mentions (degree store); `total` from the
// count store. No claim counts: counting the claims that cite an article would read every relationship.
CALL () {
  MATCH (a:Article)
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Article)
  WITH a ORDER BY a.publishedDate DESC, a.published DESC, a.id
  SKIP $skip
  LIMIT $limit
  RETURN collect({
    article: a { .id, .title, .outlet, .published, .url, .language },
    mentions: COUNT { (a)-[:MENTIONS]->() }
  }) AS articles
}
RETURN total, articles
