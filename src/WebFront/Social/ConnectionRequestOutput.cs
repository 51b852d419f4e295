namespace Vrss.WebFront.Social;

/// <summary>The data <c>{ request }</c>.</summary>
public sealed record ConnectionRequestOutput(ConnectionRequestShape Request);
