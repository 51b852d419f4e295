namespace Vrss.GrainInterfaces.Users;

/// <summary>Who may see a profile or a post.</summary>
public enum Visibility
{
    /// <summary>Everyone.</summary>
    Public,

    /// <summary>The owner and their followers.</summary>
    Followers,

    /// <summary>The owner only.</summary>
    Private,

    /// <summary>The owner and their accepted connections (numbered as <c>PostVisibility.Connections</c>).</summary>
    Connections,
}
