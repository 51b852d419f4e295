namespace Vrss.Bench.Capacity;

/// <summary>
/// What an audience needs at its peak: request rates, silos (by CPU and by memory), and PostgreSQL (statements,
/// write transactions, CPU cores, connections). Every figure is rate x unit cost; nothing here is measured.
/// </summary>
public sealed record CapacityPlan(
    Audience Audience,
    double PostsPerSecond,
    double OtherWritesPerSecond,
    double ReadsPerSecond,
    double SiloCores,
    double SiloMemoryGiB,
    int SilosByCpu,
    int SilosByMemory,
    int Silos,
    double StatementsPerSecond,
    double WritesPerSecond,
    double DatabaseCores,
    long PossibleConnections)
{
    /// <summary>Sizes <paramref name="audience"/> with <paramref name="costs"/> on silos shaped <paramref name="shape"/>.</summary>
    public static CapacityPlan For(Audience audience, UnitCosts costs, SiloShape shape)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(costs);
        ArgumentNullException.ThrowIfNull(shape);
        var posts = audience.PeakPerSecond(audience.PostsPerActive);
        var comments = audience.PeakPerSecond(audience.CommentsPerActive);
        var reactions = audience.PeakPerSecond(audience.ReactionsPerActive);
        var follows = audience.PeakPerSecond(audience.FollowsPerActive);
        var feedReads = audience.PeakPerSecond(audience.FeedReadsPerActive);
        var profileReads = audience.PeakPerSecond(audience.ProfileReadsPerActive);

        var siloCores = ((posts * costs.SiloCpuMsPerPost) + ((comments + reactions + follows) * costs.SiloCpuMsPerOtherWrite)
            + (feedReads * costs.SiloCpuMsPerFeedRead) + (profileReads * costs.SiloCpuMsPerProfileRead)) / 1000;
        var memoryGiB = ((audience.ActiveFeeds * costs.BytesPerActiveFeed) + (audience.LiveStreams * costs.BytesPerStream)
            + (audience.PeakHourUsers * costs.BytesPerActiveUser)) / (1024.0 * 1024 * 1024);
        var byCpu = (int)Math.Ceiling(siloCores / (shape.Cores * shape.TargetUtilization));
        var byMemory = (int)Math.Ceiling(memoryGiB / (shape.MemoryGiB * shape.TargetUtilization));
        var silos = Math.Max(shape.MinimumSilos, Math.Max(byCpu, byMemory));

        var statements = (posts * costs.PostStatements) + (comments * costs.CommentStatements) + (reactions * costs.ReactionStatements)
            + (follows * costs.FollowStatements) + (feedReads * costs.FeedReadStatements) + (profileReads * costs.ProfileReadStatements);
        var writes = (posts * costs.PostWrites) + (comments * costs.CommentWrites) + (reactions * costs.ReactionWrites) + (follows * costs.FollowWrites);
        return new CapacityPlan(
            audience,
            posts,
            comments + reactions + follows,
            feedReads + profileReads,
            siloCores,
            memoryGiB,
            byCpu,
            byMemory,
            silos,
            statements,
            writes,
            statements * costs.DatabaseCpuMsPerStatement / 1000 / shape.TargetUtilization,
            (long)silos * shape.ConnectionsPerSilo);
    }
}
