// The audit trail (mutations write one :Change per transaction): ids are unique, and changeLog
// reads newest first and filters by day and actor, so those are indexed.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE RANGE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE RANGE INDEX change_actor IF NOT EXISTS FOR (n:Change) ON (n.actor);
