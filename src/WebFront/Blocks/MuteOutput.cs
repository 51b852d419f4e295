namespace Vrss.WebFront.Blocks;

/// <summary>The data of <c>social.mute</c> and <c>social.unmute</c>: <c>{ muted }</c>, the state the call left.</summary>
public sealed record MuteOutput(bool Muted);
