namespace Vrss.WebFront.Blocks;

/// <summary>The data of <c>social.block</c> and <c>social.unblock</c>: <c>{ blocked }</c>, the state the call left.</summary>
public sealed record BlockOutput(bool Blocked);
