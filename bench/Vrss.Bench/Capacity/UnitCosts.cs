namespace Vrss.Bench.Capacity;

/// <summary>
/// What one request costs, per kind. The defaults are figures measured on this machine (docs/benchmarks.md, the
/// edge run "after-follower-ids" and the streams run) or, where nothing was measured, stated estimates; docs/capacity.md
/// says which is which.
/// </summary>
public sealed record UnitCosts
{
    /// <summary>Statements per post.create: the INSERT and the author's card (measured, edge benchmark).</summary>
    public double PostStatements { get; init; } = 2;

    /// <summary>Of which writes.</summary>
    public double PostWrites { get; init; } = 1;

    /// <summary>Comment: the row, the notification row, the event-log write, plus a read of cards (estimate from the code path).</summary>
    public double CommentStatements { get; init; } = 4;

    public double CommentWrites { get; init; } = 3;

    /// <summary>Reaction: the upsert, the notification row, the event-log write, plus the counts' reload (estimate).</summary>
    public double ReactionStatements { get; init; } = 4;

    public double ReactionWrites { get; init; } = 3;

    /// <summary>Follow: the edge, the notification row, the event-log write, plus a read (estimate).</summary>
    public double FollowStatements { get; init; } = 4;

    public double FollowWrites { get; init; } = 3;

    /// <summary>Active feed.getHome: posts and authors' cards (measured: 2.01; issue 16's aim is 0 from grain memory).</summary>
    public double FeedReadStatements { get; init; } = 2;

    /// <summary>user.getProfile (measured: 1.43).</summary>
    public double ProfileReadStatements { get; init; } = 1.43;

    /// <summary>PostgreSQL CPU per statement of ours: post.create's measured 0.406 ms over its 2 statements.</summary>
    public double DatabaseCpuMsPerStatement { get; init; } = 0.203;

    /// <summary>Silo CPU per request (measured: post.create 0.39, feed.getHome 0.48, user.getProfile 0.33; writes other than posts assumed 0.4).</summary>
    public double SiloCpuMsPerPost { get; init; } = 0.39;

    public double SiloCpuMsPerFeedRead { get; init; } = 0.48;

    public double SiloCpuMsPerProfileRead { get; init; } = 0.33;

    public double SiloCpuMsPerOtherWrite { get; init; } = 0.4;

    /// <summary>GC heap per active home feed of 800 items; the scenario's probe measures it (default: its PostgreSQL run, 209.9 KiB).</summary>
    public double BytesPerActiveFeed { get; init; } = 209.9 * 1024;

    /// <summary>GC heap per open stream (measured: streams scenario, 20.1 KiB).</summary>
    public double BytesPerStream { get; init; } = 20.1 * 1024;

    /// <summary>GC heap per daily-active user's other grains (measured: streams scenario, 9.0 KiB per user with active grains).</summary>
    public double BytesPerActiveUser { get; init; } = 9.0 * 1024;
}
