using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Grains.Hosting;

namespace Vrss.Grains.Idempotency;

/// <summary>Deletes idempotency keys older than <see cref="IdempotencyOptions.Retention"/>.</summary>
public sealed class IdempotencySweeper(
    IIdempotencyRepository keys,
    TimeProvider time,
    IOptions<IdempotencyOptions> options,
    ILogger<IdempotencySweeper> logger) : PeriodicSweeper(time, logger)
{
    /// <inheritdoc />
    protected override string What => "expired idempotency keys";

    /// <inheritdoc />
    protected override TimeSpan Interval => options.Value.SweepInterval;

    /// <inheritdoc />
    protected override Task<int> SweepOnceAsync() => keys.DeleteCreatedBeforeAsync(Time.GetUtcNow() - options.Value.Retention);
}
