// Duty search in Chinese and English. The cjk analyzer indexes Han characters as bigrams and
// Latin text as lower-cased words, so one index serves 村级组织建设 and "village organisation".
CREATE FULLTEXT INDEX duty_text IF NOT EXISTS
FOR (d:Duty) ON EACH [d.title, d.titleEn, d.description, d.descriptionEn, d.keywordText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };

// Name search for list filters over every other label.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Township|Office|Post|Person|Village|Station|Department|PartyOrganization|Document)
ON EACH [n.name, n.nameEn, n.title, n.titleEn]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };

// Temporal lookups: edges are filtered by date on almost every question.
CREATE INDEX holds_period IF NOT EXISTS FOR ()-[r:HOLDS]-() ON (r.from, r.to);
CREATE INDEX responsible_period IF NOT EXISTS FOR ()-[r:RESPONSIBLE_FOR]-() ON (r.from, r.to);
