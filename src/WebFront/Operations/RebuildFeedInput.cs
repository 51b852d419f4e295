using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Operations;

/// <summary>The input of <c>admin.rebuildFeed</c>: one user's feed, or (<c>all: true</c>) every active feed.</summary>
[OneOfFields("userId", "all")]
public sealed record RebuildFeedInput([property: FieldId] string? UserId, bool? All);
