using Vrss.WebFront.Social;

namespace Vrss.WebFront.Discovery;

/// <summary>The data of <c>discovery.searchUsers</c>: <c>{ items }</c>, best match first.</summary>
public sealed record SearchUsersOutput(IReadOnlyList<UserCardShape> Items);
