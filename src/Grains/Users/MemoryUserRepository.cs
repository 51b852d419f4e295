using Vrss.GrainInterfaces.Errors;
using Vrss.GrainInterfaces.Paging;
using Vrss.GrainInterfaces.Users;
using Vrss.Grains.Data;

namespace Vrss.Grains.Users;

/// <summary><see cref="IUserRepository"/> over a <see cref="MemoryDatabase"/> table, with the same unique keys.</summary>
public sealed class MemoryUserRepository(MemoryDatabase database) : IUserRepository
{
    private readonly Rows _rows = database.Table<Rows>();
    private readonly Moderation.MemoryModerationTables _moderation = database.Table<Moderation.MemoryModerationTables>();

    /// <inheritdoc />
    public Task InsertAsync(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        lock (_rows)
        {
            if (_rows.ById.ContainsKey(user.Id))
            {
                throw new VrssException(ErrorCode.Conflict, "An account with this id exists.");
            }

            if (_rows.ByUsername.ContainsKey(user.Username))
            {
                throw DuplicateErrors.Username();
            }

            if (_rows.ByEmail.ContainsKey(user.NormalizedEmail))
            {
                throw DuplicateErrors.Email();
            }

            _rows.ById[user.Id] = user;
            _rows.ByUsername[user.Username] = user.Id;
            _rows.ByEmail[user.NormalizedEmail] = user.Id;
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<UserRecord?> GetAsync(string id)
    {
        lock (_rows)
        {
            return Task.FromResult(_rows.ById.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<string?> FindIdByUsernameAsync(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        lock (_rows)
        {
            return Task.FromResult(_rows.ByUsername.GetValueOrDefault(username.ToLowerInvariant()));
        }
    }

    /// <inheritdoc />
    public Task<string?> FindIdByEmailAsync(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        lock (_rows)
        {
            return Task.FromResult(_rows.ByEmail.GetValueOrDefault(Vrss.GrainInterfaces.Users.UserLookupKey.NormalizeEmail(email)));
        }
    }

    /// <inheritdoc />
    public Task<bool> UpdateCredentialsAsync(string id, long expectedVersion, UserCredentials credentials)
    {
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var row) || row.Credentials.Version != expectedVersion)
            {
                return Task.FromResult(false);
            }

            _rows.ById[id] = row with { Credentials = credentials with { Version = expectedVersion + 1 } };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> UpdateDisplayNameAsync(string id, string displayName)
    {
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var row))
            {
                return Task.FromResult(false);
            }

            _rows.ById[id] = row with { DisplayName = displayName };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> UpdateCardAsync(string id, string displayName, string? avatarUrl)
    {
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var row))
            {
                return Task.FromResult(false);
            }

            _rows.ById[id] = row with { DisplayName = displayName };
            _rows.AvatarUrls[id] = avatarUrl;
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> UpdateProfileTextAsync(string id, string? profileText)
    {
        lock (_rows)
        {
            if (!_rows.ById.ContainsKey(id))
            {
                return Task.FromResult(false);
            }

            _rows.ProfileWords[id] = profileText is null ? [] : Posts.SearchText.Words(profileText);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserCard>> GetCardsAsync(IReadOnlyCollection<string> ids)
    {
        var distinct = Guard.Ids(ids, nameof(ids));
        lock (_rows)
        {
            IReadOnlyList<UserCard> cards = [.. distinct.Where(_rows.ById.ContainsKey).Select(id => CardOf(_rows.ById[id]))];
            return Task.FromResult(cards);
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<UserCard>> SearchAsync(string query, int limit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        Guard.Limit(limit, PageLimit.Max);
        lock (_rows)
        {
            IReadOnlyList<UserCard> found = [.. _rows.ById.Values
                .Select(u => (User: u, Rank: UserSearch.Rank(query, u.Username, u.DisplayName, _rows.ProfileWords.GetValueOrDefault(u.Id))))
                .Where(x => x.Rank is not null && !_moderation.StandingOf(x.User.Id).IsRestricted)
                .OrderBy(x => x.Rank)
                .ThenBy(x => x.User.Username, StringComparer.Ordinal)
                .Take(limit)
                .Select(x => CardOf(x.User))];
            return Task.FromResult(found);
        }
    }

    // The caller holds the rows' lock.
    private UserCard CardOf(UserRecord user) => new(user.Id, user.Username, user.DisplayName, _rows.AvatarUrls.GetValueOrDefault(user.Id));

    private sealed class Rows
    {
        public Dictionary<string, string?> AvatarUrls { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> ProfileWords { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, UserRecord> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ByUsername { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ByEmail { get; } = new(StringComparer.Ordinal);
    }
}
