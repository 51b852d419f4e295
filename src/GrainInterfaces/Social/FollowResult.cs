namespace Vrss.GrainInterfaces.Social;

/// <summary>What <c>social.follow</c> achieved.</summary>
public enum FollowResult
{
    /// <summary>The caller now follows the user.</summary>
    Following,

    /// <summary>The user approves followers: a follow request waits for their answer.</summary>
    Requested,
}
