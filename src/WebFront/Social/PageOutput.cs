namespace Vrss.WebFront.Social;

/// <summary>A page of a list: <c>{ items, nextCursor }</c> (<c>nextCursor</c> is null on the last page).</summary>
/// <typeparam name="T">The item shape.</typeparam>
public sealed record PageOutput<T>(IReadOnlyList<T> Items, string? NextCursor);
