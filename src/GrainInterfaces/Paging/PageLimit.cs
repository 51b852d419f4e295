using Vrss.GrainInterfaces.Errors;

namespace Vrss.GrainInterfaces.Paging;

/// <summary>The page size rule of API.md: <c>limit</c> is 1-100, 20 when absent.</summary>
public static class PageLimit
{
    /// <summary>The page size when the client gives none.</summary>
    public const int Default = 20;

    /// <summary>The largest page a client may ask for.</summary>
    public const int Max = 100;

    /// <summary>Returns the page size for a client's <paramref name="limit"/>.</summary>
    /// <exception cref="VrssException">The limit is outside 1-100 (code <see cref="ErrorCode.InvalidInput"/>).</exception>
    public static int Resolve(int? limit) => limit switch
    {
        null => Default,
        >= 1 and <= Max => limit.Value,
        _ => throw VrssException.Invalid("limit", $"limit must be between 1 and {Max}"),
    };
}
