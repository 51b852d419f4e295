using Vrss.Grains.Data;
using static Vrss.Grains.Data.SqlParameters;

namespace Vrss.Grains.Users;

/// <summary>The card SQL of <see cref="PostgresUserRepository"/> (schema: deploy/sql/0010_users.sql, 0030_user_cards.sql, 0122_user_profile_search.sql).</summary>
internal static class UserCardStatements
{
    public const string CardsSql = """
        SELECT id, username, display_name, avatar_url FROM users WHERE id = ANY (@ids)
        """;

    public const string UpdateCardSql = """
        UPDATE users SET display_name = @display_name, avatar_url = @avatar_url WHERE id = @id
        """;

    // Username prefixes come from the text_pattern_ops index, display-name matches from the trigram index,
    // profile words from the full-text index; the rank puts the exact username first, then username prefixes,
    // then display-name prefixes, then display names that merely contain the query, then profile matches.
    // Usernames break ties in byte order, as in memory.
    public const string SearchSql = """
        SELECT id, username, display_name, avatar_url FROM (
            SELECT id, username, display_name, avatar_url,
                   CASE WHEN username = @query THEN 0
                        WHEN username LIKE @prefix ESCAPE '\' THEN 1
                        WHEN lower(display_name) LIKE @prefix ESCAPE '\' THEN 2
                        WHEN lower(display_name) LIKE @display ESCAPE '\' THEN 3
                        ELSE 4 END AS rank
            FROM users
            WHERE (username LIKE @prefix ESCAPE '\' OR lower(display_name) LIKE @display ESCAPE '\'
               OR profile_search @@ plainto_tsquery('simple', @query))
              AND purge_at IS NULL
              -- Silenced and suspended accounts are not found (deploy/sql/0090_account_standing.sql).
              AND NOT EXISTS (SELECT 1 FROM account_standing s WHERE s.user_id = users.id COLLATE "C"
                              AND (s.suspended_at IS NOT NULL OR s.silenced_at IS NOT NULL))
        ) AS found
        ORDER BY rank, username COLLATE "C"
        LIMIT @limit
        """;

    public const string UpdateProfileTextSql = """
        UPDATE users SET profile_text = @profile_text WHERE id = @id
        """;

    public static SqlStatement UpdateProfileText(string id, string? profileText) =>
        new(UpdateProfileTextSql, Text("id", id), Text("profile_text", profileText));

    public static SqlStatement Cards(IReadOnlyCollection<string> ids) => new(CardsSql, TextArray("ids", ids));

    public static SqlStatement UpdateCard(string id, string displayName, string? avatarUrl) =>
        new(UpdateCardSql, Text("id", id), Text("display_name", displayName), Text("avatar_url", avatarUrl));

    public static SqlStatement Search(string query, int limit)
    {
        var escaped = UserSearch.EscapeLike(query);
        var display = UserSearch.MatchesInsideDisplayNames(query) ? $"%{escaped}%" : $"{escaped}%";
        return new(SearchSql, Text("query", query), Text("prefix", escaped + "%"), Text("display", display), Integer("limit", limit));
    }
}
