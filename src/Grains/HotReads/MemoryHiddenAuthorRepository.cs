using Vrss.Grains.Data;
using Vrss.Grains.Moderation;

namespace Vrss.Grains.HotReads;

/// <summary><see cref="IHiddenAuthorRepository"/> over the Memory provider's moderation tables.</summary>
public sealed class MemoryHiddenAuthorRepository(MemoryDatabase database) : IHiddenAuthorRepository
{
    private readonly MemoryModerationTables _tables = database.Table<MemoryModerationTables>();

    /// <inheritdoc />
    public Task<IReadOnlyList<KeyValuePair<string, HiddenReasons>>> ListAsync()
    {
        lock (_tables.Gate)
        {
            IReadOnlyList<KeyValuePair<string, HiddenReasons>> rows =
            [
                .. _tables.Standing.Where(s => s.Value.IsSuspended).Select(s => KeyValuePair.Create(s.Key, HiddenReasons.Suspended)),
                .. _tables.PendingDeletion.Select(u => KeyValuePair.Create(u, HiddenReasons.PendingDeletion)),
            ];
            return Task.FromResult(rows);
        }
    }
}
