namespace Vrss.GrainInterfaces.Users;

/// <summary>A user's privacy settings (<c>settings.get</c>).</summary>
/// <param name="ProfileVisibility">Who sees the full profile.</param>
/// <param name="DefaultPostVisibility">The visibility of a new post that names none.</param>
/// <param name="AllowConnectionRequests">Whether others may send connection requests.</param>
/// <param name="ApproveFollowers">
/// Whether a follow is a request the user accepts or rejects (a locked account). Last, and false when absent, so
/// settings stored before it existed read as they behaved.
/// </param>
[GenerateSerializer, Immutable]
public sealed record UserSettings(Visibility ProfileVisibility, Visibility DefaultPostVisibility, bool AllowConnectionRequests, bool ApproveFollowers = false)
{
    /// <summary>The settings of a new account.</summary>
    public static UserSettings Default { get; } = new(Visibility.Public, Visibility.Public, true, false);
}
