using Vrss.Runtime.Streams;

namespace Vrss.GrainInterfaces.Events;

/// <summary>The ids of per-user streams.</summary>
public static class UserStreams
{
    /// <summary>The namespace of users' live streams.</summary>
    public const string Namespace = "user-events";

    /// <summary>The stream carrying <see cref="UserStreamItem"/>s of <paramref name="userId"/>.</summary>
    public static StreamId For(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        return new StreamId(Namespace, userId);
    }
}
