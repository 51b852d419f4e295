using Npgsql;
using Vrss.Testing;

namespace Vrss.Grains.Tests.QueryPlans;

/// <summary>
/// A migrated database with about 100,000 rows in every table of the social data layer, loaded with
/// INSERT ... SELECT over generate_series (seconds, not minutes), then vacuumed and analysed so the planner
/// sees real statistics. The shapes are realistic enough for the planner: 10,000 users, 1,000 of whom post
/// and are followed (about 100 posts and 100 followers each), several comments and reactions per post; the
/// users table holds 100,000 accounts for the card and search queries; 10,000 of them have ten sessions each.
/// </summary>
public sealed class QueryPlanFixture : IAsyncLifetime
{
    /// <summary>Rows per table.</summary>
    public const int Rows = 100_000;

    private readonly PostgresDatabaseFixture _database = new();

    /// <summary>The loaded database.</summary>
    public NpgsqlDataSource DataSource => _database.DataSource;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await using (var load = DataSource.CreateCommand(LoadSql))
        {
            load.CommandTimeout = 600;
            await load.ExecuteNonQueryAsync();
        }

        // VACUUM cannot run inside the implicit transaction of a multi-statement command: one table at a time.
        foreach (var table in new[] { "posts", "comments", "reactions", "follows", "follow_requests", "connection_requests", "connections", "media", "notifications", "users", "feed_pull_authors", "sessions", "idempotency_keys", "user_blocks", "account_standing", "audit_log", "reports" })
        {
            await using var vacuum = DataSource.CreateCommand($"VACUUM (ANALYZE) {table}");
            vacuum.CommandTimeout = 600;
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync() => _database.DisposeAsync();

    // Users are 'u0'..'u9999'; authors (and followees) are 'u0'..'u999'; posts 'p1'..'p100000'.
    private const string LoadSql = """
        INSERT INTO posts (id, author_id, type, content, media_ids, visibility, created_at, deleted_at, comment_count, reaction_count)
        SELECT 'p' || g, 'u' || (g % 1000), g % 6,
               'word' || (g % 997) || ' word' || (g % 991) || ' some common text ' || md5(g::text),
               CASE WHEN g % 6 IN (2, 5) THEN ARRAY['m' || g] ELSE '{}' END,
               g % 3, timestamptz '2026-01-01 00:00:00+00' + g * interval '37 seconds',
               CASE WHEN g % 50 = 0 THEN timestamptz '2026-03-01 00:00:00+00' END,
               (g * 7) % 13, (g * 11) % 41
        FROM generate_series(1, 100000) AS g;

        INSERT INTO comments (id, post_id, author_id, content, created_at)
        SELECT 'c' || g, 'p' || (g % 20000 + 1), 'u' || (g % 10000), 'comment ' || g,
               timestamptz '2026-01-02 00:00:00+00' + g * interval '11 seconds'
        FROM generate_series(1, 100000) AS g;

        -- The counting trigger would update a post per row; the counts of this data set are made up anyway.
        ALTER TABLE reactions DISABLE TRIGGER reactions_count;
        INSERT INTO reactions (post_id, user_id, type, created_at)
        SELECT 'p' || (g % 20000 + 1), 'u' || ((g / 20000) * 1000 + g % 997), g % 6,
               timestamptz '2026-01-02 00:00:00+00' + g * interval '13 seconds'
        FROM generate_series(1, 100000) AS g
        ON CONFLICT DO NOTHING;
        ALTER TABLE reactions ENABLE TRIGGER reactions_count;

        INSERT INTO follows (follower_id, followee_id, created_at)
        SELECT 'u' || (g % 10000), 'u' || ((g % 10000 + 1 + (g / 10000) * 101) % 1000),
               timestamptz '2025-06-01 00:00:00+00' + g * interval '17 seconds'
        FROM generate_series(0, 99999) AS g
        ON CONFLICT DO NOTHING;

        -- Pending follow requests to 1,000 locked-looking accounts, about 100 each.
        INSERT INTO follow_requests (requester_id, target_id, created_at)
        SELECT 'u' || (g % 10000), 'u' || ((g % 10000 + 7 + (g / 10000) * 103) % 1000),
               timestamptz '2025-07-01 00:00:00+00' + g * interval '13 seconds'
        FROM generate_series(0, 99999) AS g
        ON CONFLICT DO NOTHING;

        INSERT INTO connection_requests (id, from_user_id, to_user_id, message, status, created_at, responded_at)
        SELECT 'r' || g, 'u' || (g % 10000), 'u' || ((g % 10000 + 1 + g / 10000) % 10000), 'hello',
               CASE WHEN g % 10 = 0 THEN 0 ELSE 1 + g % 2 END,
               timestamptz '2025-09-01 00:00:00+00' + g * interval '19 seconds',
               CASE WHEN g % 10 <> 0 THEN timestamptz '2025-12-01 00:00:00+00' END
        FROM generate_series(0, 99999) AS g;

        INSERT INTO connections (user_id, peer_id, created_at)
        SELECT 'u' || (g % 10000), 'u' || ((g % 10000 + 1 + g / 10000) % 10000),
               timestamptz '2025-10-01 00:00:00+00' + g * interval '23 seconds'
        FROM generate_series(0, 99999) AS g
        ON CONFLICT DO NOTHING;

        INSERT INTO media (id, owner_id, filename, content_type, kind, size, storage_key, status, created_at, expires_at, completed_at)
        SELECT 'm' || g, 'u' || (g % 1000), 'file' || g || '.png', 'image/png', g % 3, 1000 + g,
               'media/u' || (g % 1000) || '/m' || g || '/file.png',
               CASE WHEN g % 20 = 0 THEN 0 WHEN g % 20 = 1 THEN 3 ELSE 1 END,
               timestamptz '2026-01-01 00:00:00+00' + g * interval '29 seconds',
               timestamptz '2026-01-01 01:00:00+00' + g * interval '29 seconds',
               CASE WHEN g % 20 > 1 THEN timestamptz '2026-01-01 00:10:00+00' + g * interval '29 seconds' END
        FROM generate_series(1, 100000) AS g;

        INSERT INTO users (id, username, email, email_normalized, display_name, created_at, password_hash, avatar_url, profile_text)
        SELECT 'u' || g, 'user' || g, 'user' || g || '@example.com', 'user' || g || '@example.com',
               'Display ' || md5(g::text), timestamptz '2025-01-01 00:00:00+00' + g * interval '41 seconds', 'hash',
               CASE WHEN g % 3 = 0 THEN 'https://media.example/u' || g || '.png' END,
               CASE WHEN g % 4 <> 0 THEN 'Headline ' || md5((g * 7)::text) || ' studied at school' || (g % 300) || ' credit ' || (g % 997) END
        FROM generate_series(0, 99999) AS g;

        -- Ten sessions for each of 'u0'..'u9999', one logged in every 43 seconds from 2026-01-01, each for 7 days.
        INSERT INTO sessions (token_hash, session_id, user_id, created_at, renewed_at, expires_at, last_used_at, ip, user_agent)
        SELECT sha256(g::text::bytea), md5(g::text), 'u' || (g % 10000),
               timestamptz '2026-01-01 00:00:00+00' + g * interval '43 seconds',
               timestamptz '2026-01-01 00:00:00+00' + g * interval '43 seconds',
               timestamptz '2026-01-08 00:00:00+00' + g * interval '43 seconds',
               timestamptz '2026-01-01 00:05:00+00' + g * interval '43 seconds',
               '203.0.113.0', 'Mozilla/5.0 (X11; Linux x86_64) Test/1.0'
        FROM generate_series(1, 100000) AS g;

        -- A day of idempotency keys: 'k1'..'k100000', one every 0.864 seconds from 2026-01-19, of users 'u0'..'u9999'.
        INSERT INTO idempotency_keys (user_id, idem_key, procedure, fingerprint, seed, created_at, claim_id, claimed_at, status, answer)
        SELECT 'u' || (g % 10000), 'k' || g, 'post.create', md5(g::text), md5('seed' || g),
               timestamptz '2026-01-19 00:00:00+00' + g * interval '864 milliseconds', NULL,
               timestamptz '2026-01-19 00:00:00+00' + g * interval '864 milliseconds', 200, '{"post":{}}'
        FROM generate_series(1, 100000) AS g;

        -- Blocks and mutes: each of 'u0'..'u9999' blocks and mutes about five others ('u7' blocks 'u8').
        INSERT INTO user_blocks (owner_id, kind, target_id, created_at)
        SELECT 'u' || (g % 10000), 1 + (g / 50000), 'u' || ((g % 10000 + 1 + (g / 10000) * 997) % 10000),
               timestamptz '2025-11-01 00:00:00+00' + g * interval '7 seconds'
        FROM generate_series(0, 99999) AS g
        ON CONFLICT DO NOTHING;

        -- The largest accounts: their posts are merged into feeds at read time.
        INSERT INTO feed_pull_authors (user_id, since)
        SELECT 'u' || g, timestamptz '2026-01-01 00:00:00+00' FROM generate_series(0, 999, 10) AS g;

        INSERT INTO notifications (id, recipient_id, type, actor_id, post_id, created_at, read)
        SELECT 'n' || g, 'u' || (g % 1000), g % 6, 'u' || (g % 9973), 'p' || g,
               timestamptz '2026-01-01 00:00:00+00' + g * interval '31 seconds', g % 4 <> 0
        FROM generate_series(1, 100000) AS g;

        -- One account in ten has a standing (a role or a restriction); the audit log names 'u0'..'u99' as staff.
        INSERT INTO account_standing (user_id, role, silenced_at, suspended_at, storage_tier, updated_at)
        SELECT 'u' || g, g % 3, CASE WHEN g % 7 = 0 THEN timestamptz '2026-01-02 00:00:00+00' END,
               CASE WHEN g % 11 = 0 THEN timestamptz '2026-01-03 00:00:00+00' END, g % 2, timestamptz '2026-01-01 00:00:00+00'
        FROM generate_series(0, 99999, 10) AS g;

        -- One account in a thousand waits for its purge (hidden like a suspended one).
        UPDATE users SET purge_at = timestamptz '2026-02-01 00:00:00+00' WHERE id IN (SELECT 'u' || g FROM generate_series(3, 99999, 1000) AS g);

        INSERT INTO audit_log (id, actor_id, action, target_kind, target_id, target_user_id, reason, detail, at)
        SELECT 'a' || g, 'u' || (g % 100), 'suspend', 'user', 'u' || (g % 9973), 'u' || (g % 9973), 'spam', NULL,
               timestamptz '2026-01-01 00:00:00+00' + g * interval '17 seconds'
        FROM generate_series(1, 100000) AS g;

        -- Reports by 'u1000'..'u9999' about posts of 'u0'..'u999': one in twenty open, one in five assigned to staff 'u0'..'u99'.
        INSERT INTO reports (id, reporter_id, target_kind, target_id, target_user_id, category, comment, excerpt, status, assignee_id,
                             resolution_action, resolution_reason, resolved_by, resolved_at, created_at)
        SELECT 'r' || g, 'u' || (1000 + g % 9000), 1, 'p' || g, 'u' || (g % 1000), g % 4, 'see this', 'word' || (g % 997),
               CASE WHEN g % 20 = 0 THEN 0 ELSE 1 END,
               CASE WHEN g % 5 = 0 THEN 'u' || (g % 100) END,
               CASE WHEN g % 20 <> 0 THEN g % 4 END, CASE WHEN g % 20 <> 0 THEN 'handled' END,
               CASE WHEN g % 20 <> 0 THEN 'u' || (g % 100) END,
               CASE WHEN g % 20 <> 0 THEN timestamptz '2026-01-01 01:00:00+00' + g * interval '13 seconds' END,
               timestamptz '2026-01-01 00:00:00+00' + g * interval '13 seconds'
        FROM generate_series(1, 100000) AS g;
        """;
}
