namespace Vrss.GrainInterfaces.Paging;

/// <summary>
/// One page of a list paginated by opaque cursor (API.md: <c>{ items, nextCursor }</c>). Pass
/// <see cref="NextCursor"/> back to get the following page; it is null on the last page.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page, in the list's order.</param>
/// <param name="NextCursor">The cursor of the next page, or null when there is none.</param>
[GenerateSerializer, Immutable]
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
