namespace Vrss.WebFront.Operations;

/// <summary>The output of <c>admin.rebuildFeed</c>.</summary>
/// <param name="Rebuilt">How many feeds were read again from the tables.</param>
public sealed record RebuildFeedOutput(int Rebuilt);
