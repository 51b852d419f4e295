using Vrss.GrainInterfaces.Moderation;
using Vrss.GrainInterfaces.Paging;

namespace Vrss.Grains.Moderation;

/// <summary>The account list staff page through: the users table with each account's standing.</summary>
public interface IAccountDirectoryRepository
{
    /// <summary>Accounts matching <paramref name="filter"/>, newest first; pass each page's cursor on.</summary>
    Task<Page<StaffAccountView>> ListAsync(AccountFilter filter, string? cursor, int limit);
}
