namespace Vrss.Runtime.Membership;

/// <summary>One silo's row in the membership table.</summary>
/// <param name="Silo">Its address and generation.</param>
/// <param name="Name">Its configured name, for people.</param>
/// <param name="Status">Its state.</param>
/// <param name="StartTime">When it started.</param>
/// <param name="HeartbeatAge">How long ago it last heartbeat, measured by the table's own clock.</param>
public sealed record MembershipEntry(SiloAddress Silo, string Name, SiloStatus Status, DateTimeOffset StartTime, TimeSpan HeartbeatAge);
