using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Vrss.Grains.Data;
using Vrss.Grains.Hosting;
using Vrss.Grains.Users;

namespace Vrss.Grains.RateLimits;

/// <summary>
/// Deletes the stored windows of rate limiters that went quiet. Every failed login for a made-up name leaves a
/// limiter row that nobody touches again; a row not written for longer than its own window (plus one bucket)
/// counts nothing any more, because every bucket it holds was opened before that write. A limiter still active
/// on a silo copes with its row vanishing (<see cref="RateLimiterGrain"/> re-reads and starts afresh).
/// </summary>
public sealed class RateLimitSweeper(
    DbRetry db,
    TimeProvider time,
    IOptions<ClusterOptions> cluster,
    IOptions<AccountOptions> options,
    ILogger<RateLimitSweeper> logger) : PeriodicSweeper(time, logger)
{
    /// <inheritdoc />
    protected override string What => "idle rate-limit windows";

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <inheritdoc />
    protected override Task<int> SweepOnceAsync() => SweepAsync(Time.GetUtcNow());

    /// <summary>Deletes the windows that are wholly in the past at <paramref name="now"/>.</summary>
    public Task<int> SweepAsync(DateTimeOffset now) =>
        db.ExecuteAsync(
            async connection =>
            {
                await using var command = RateLimitStatements.Sweep(cluster.Value.ServiceId, now).ToCommand(connection);
                return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            },
            repeatable: true);
}
