namespace Vrss.Bench.Capacity;

/// <summary>
/// An audience to size for: how many users, how many of them come on a day, and what an active user does per day.
/// The peak factor turns the day's average rate into the busiest minutes' rate.
/// </summary>
public sealed record Audience(
    long Users,
    double DailyActiveRatio = 0.2,
    double PostsPerActive = 2,
    double CommentsPerActive = 5,
    double ReactionsPerActive = 20,
    double FollowsPerActive = 1,
    double FeedReadsPerActive = 30,
    double ProfileReadsPerActive = 10,
    double PeakFactor = 3,
    double LiveStreamShare = 0.5)
{
    /// <summary>Users who come on a day.</summary>
    public double DailyActive => Users * DailyActiveRatio;

    /// <summary>Users who come in the peak hour: the day's actives at the peak factor's hourly rate.</summary>
    public double PeakHourUsers => DailyActive * PeakFactor / 24;

    /// <summary>
    /// Feeds active at the peak. A feed stays active until nobody read it for <c>FeedOptions.InactiveAfter</c> (15
    /// minutes), so the peak hour's users bound it from above.
    /// </summary>
    public double ActiveFeeds => PeakHourUsers;

    /// <summary>Streams open at the peak: the share of the peak hour's users who keep the app open.</summary>
    public double LiveStreams => PeakHourUsers * LiveStreamShare;

    /// <summary>The peak rate per second of something each active user does <paramref name="perActiveUserPerDay"/> times a day.</summary>
    public double PeakPerSecond(double perActiveUserPerDay) => DailyActive * perActiveUserPerDay / 86_400 * PeakFactor;
}
