-- Reaction counts per type (index = ReactionType + 1: like, love, laugh, wow, sad, angry), so that a page
-- of posts carries its "reactionCounts" without reading the reactions table. A row trigger keeps both the
-- per-type array and the total: it sees the row's old and new type, so a switch moves one count from one
-- type to another exactly, even when two statements race on the same (post, user).
ALTER TABLE posts ADD COLUMN reaction_counts integer[] NOT NULL DEFAULT '{0,0,0,0,0,0}';

UPDATE posts p SET reaction_counts = ARRAY(
    SELECT (SELECT count(*) FROM reactions r WHERE r.post_id = p.id AND r.type = t)::integer
    FROM generate_series(0, 5) AS t ORDER BY t)
WHERE EXISTS (SELECT 1 FROM reactions r WHERE r.post_id = p.id);

CREATE FUNCTION reactions_count_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE posts SET reaction_count = reaction_count + 1,
                         reaction_counts[NEW.type + 1] = reaction_counts[NEW.type + 1] + 1
        WHERE id = NEW.post_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE posts SET reaction_count = reaction_count - 1,
                         reaction_counts[OLD.type + 1] = reaction_counts[OLD.type + 1] - 1
        WHERE id = OLD.post_id;
    ELSIF NEW.type <> OLD.type THEN
        UPDATE posts SET reaction_counts[OLD.type + 1] = reaction_counts[OLD.type + 1] - 1,
                         reaction_counts[NEW.type + 1] = reaction_counts[NEW.type + 1] + 1
        WHERE id = NEW.post_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER reactions_count AFTER INSERT OR UPDATE OF type OR DELETE ON reactions
    FOR EACH ROW EXECUTE FUNCTION reactions_count_trigger();
