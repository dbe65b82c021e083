-- Hand-written: the vocabulary page's own audit becomes part of the general audit log (0016), so
-- there is one mechanism. Its lines are copied as `vocabulary.add` / `vocabulary.remove`, then the
-- old table is dropped (generated).
INSERT INTO "audit_log" ("actor_id", "actor_email", "action", "outcome", "target_type", "target_id", "network_id", "details", "created_at")
SELECT a."actor_id", u."email", 'vocabulary.' || a."action", 'done', 'network', a."network_id"::text, a."network_id",
       jsonb_build_object('kind', a."kind", 'terms', to_jsonb(a."terms")), a."created_at"
FROM "network_vocabulary_audit" a
LEFT JOIN "users" u ON u."id" = a."actor_id";--> statement-breakpoint
DROP TABLE "network_vocabulary_audit" CASCADE;