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

            if (_rows.ByUsername.ContainsKey(user.Username) || _rows.Reserved.ContainsKey(user.Username))
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
                .Where(u => u.PurgeAt is null)
                .Select(u => (User: u, Rank: UserSearch.Rank(query, u.Username, u.DisplayName, _rows.ProfileWords.GetValueOrDefault(u.Id))))
                .Where(x => x.Rank is not null && !_moderation.StandingOf(x.User.Id).IsRestricted)
                .OrderBy(x => x.Rank)
                .ThenBy(x => x.User.Username, StringComparer.Ordinal)
                .Take(limit)
                .Select(x => CardOf(x.User))];
            return Task.FromResult(found);
        }
    }

    /// <inheritdoc />
    public Task<bool> RenameAsync(string id, string username, DateTimeOffset reservedUntil)
    {
        ArgumentNullException.ThrowIfNull(username);
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var row))
            {
                return Task.FromResult(false);
            }

            if (_rows.ByUsername.ContainsKey(username)
                || (_rows.Reserved.TryGetValue(username, out var reserved) && reserved.UserId != id))
            {
                throw DuplicateErrors.Username();
            }

            _rows.Reserved.Remove(username);
            _rows.ByUsername.Remove(row.Username);
            _rows.ByUsername[username] = id;
            _rows.Reserved[row.Username] = (id, reservedUntil);
            _rows.ById[id] = row with { Username = username };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<string?> FindIdByReservedUsernameAsync(string username, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(username);
        lock (_rows)
        {
            return Task.FromResult(_rows.Reserved.TryGetValue(username.ToLowerInvariant(), out var reserved) && reserved.Until > now
                ? reserved.UserId
                : null);
        }
    }

    /// <inheritdoc />
    public Task<bool> ChangeEmailAsync(string id, string email, DateTimeOffset verifiedAt)
    {
        ArgumentNullException.ThrowIfNull(email);
        var normalized = Vrss.GrainInterfaces.Users.UserLookupKey.NormalizeEmail(email);
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var row))
            {
                return Task.FromResult(false);
            }

            if (_rows.ByEmail.TryGetValue(normalized, out var holder) && holder != id)
            {
                throw DuplicateErrors.Email();
            }

            _rows.ByEmail.Remove(row.NormalizedEmail);
            _rows.ByEmail[normalized] = id;
            var credentials = row.Credentials with { EmailVerifiedAt = verifiedAt, Version = row.Credentials.Version + 1 };
            _rows.ById[id] = row with { Email = email, Credentials = credentials };
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc />
    public Task<bool> SetPurgeAtAsync(string id, DateTimeOffset? purgeAt)
    {
        lock (_rows)
        {
            if (!_rows.ById.TryGetValue(id, out var row))
            {
                return Task.FromResult(false);
            }

            _rows.ById[id] = row with { PurgeAt = purgeAt };
        }

        // After the rows' lock: the moderation gate is taken last and alone (see MemoryModerationTables).
        _moderation.SetPendingDeletion(id, purgeAt is not null);
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> ListPurgeDueAsync(DateTimeOffset now, int limit)
    {
        lock (_rows)
        {
            IReadOnlyList<string> due = [.. _rows.ById.Values
                .Where(u => u.PurgeAt <= now)
                .OrderBy(u => u.PurgeAt)
                .Take(limit)
                .Select(u => u.Id)];
            return Task.FromResult(due);
        }
    }

    /// <inheritdoc />
    public Task<bool> DeleteAsync(string id)
    {
        lock (_rows)
        {
            foreach (var name in _rows.Reserved.Where(r => r.Value.UserId == id).Select(r => r.Key).ToList())
            {
                _rows.Reserved.Remove(name);
            }

            if (!_rows.ById.Remove(id, out var row))
            {
                return Task.FromResult(false);
            }

            _rows.ByUsername.Remove(row.Username);
            _rows.ByEmail.Remove(row.NormalizedEmail);
            _rows.AvatarUrls.Remove(id);
        }

        // The row's purge_at went with it (after the rows' lock, as in SetPurgeAtAsync).
        _moderation.SetPendingDeletion(id, false);
        return Task.FromResult(true);
    }

    /// <inheritdoc />
    public Task<int> ReleaseReservedUsernamesAsync(DateTimeOffset now)
    {
        lock (_rows)
        {
            var expired = _rows.Reserved.Where(r => r.Value.Until <= now).Select(r => r.Key).ToList();
            expired.ForEach(name => _rows.Reserved.Remove(name));
            return Task.FromResult(expired.Count);
        }
    }

    // The caller holds the rows' lock.
    private UserCard CardOf(UserRecord user) => new(user.Id, user.Username, user.DisplayName, _rows.AvatarUrls.GetValueOrDefault(user.Id));

    // Internal: the account directory (Moderation) lists these rows, as its SQL reads the users table.
    internal sealed class Rows
    {
        public Dictionary<string, string?> AvatarUrls { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, HashSet<string>> ProfileWords { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, UserRecord> ById { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ByUsername { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> ByEmail { get; } = new(StringComparer.Ordinal);

        // Old names of renamed accounts: whose they are and until when.
        public Dictionary<string, (string UserId, DateTimeOffset Until)> Reserved { get; } = new(StringComparer.Ordinal);
    }
}
