namespace Vrss.TestingHost;

/// <summary>Copies membership rows in and out of <see cref="InMemoryMembershipTable"/>, so no silo holds the table's own objects.</summary>
internal static class MembershipEntryCloning
{
    public static MembershipEntry Clone(this MembershipEntry entry) => new()
    {
        SiloAddress = entry.SiloAddress,
        Status = entry.Status,
        SuspectTimes = entry.SuspectTimes is null ? null : [.. entry.SuspectTimes],
        ProxyPort = entry.ProxyPort,
        HostName = entry.HostName,
        SiloName = entry.SiloName,
        RoleName = entry.RoleName,
        UpdateZone = entry.UpdateZone,
        FaultZone = entry.FaultZone,
        StartTime = entry.StartTime,
        IAmAliveTime = entry.IAmAliveTime,
    };
}
