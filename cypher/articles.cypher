// Every article, newest first, with how many entities it mentions and how many claims cite it.
MATCH (a:Article)
RETURN a { .id, .title, .outlet, .published, .language } AS article,
       COUNT { (a)-[:MENTIONS]->(:Entity) } AS mentions,
       COUNT { MATCH ()-[r]->() WHERE r.articleId = a.id } AS claims
ORDER BY a.publishedDate DESC, a.published DESC, a.id
