namespace Vrss.Grains.Feeds;

/// <summary>
/// The authors whose posts are merged into home feeds at read time instead of being fanned out (those with more
/// followers than <see cref="FeedOptions.FanOutFollowerLimit"/>).
/// </summary>
public interface IPullAuthorRepository
{
    /// <summary>Marks the author as pulled (or not); true when that changed anything.</summary>
    Task<bool> SetPulledAsync(string userId, bool pulled, DateTimeOffset at);

    /// <summary>Whether the author is pulled.</summary>
    Task<bool> IsPulledAsync(string userId);

    /// <summary>The pulled authors that <paramref name="followerId"/> follows.</summary>
    Task<IReadOnlyList<string>> GetFollowedAsync(string followerId);
}
