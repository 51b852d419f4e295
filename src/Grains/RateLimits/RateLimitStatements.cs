using Npgsql;
using Vrss.Grains.Data;

namespace Vrss.Grains.RateLimits;

/// <summary>The SQL of <see cref="RateLimitSweeper"/>, over Orleans' grain-state table.</summary>
internal static class RateLimitStatements
{
    /// <summary>
    /// Rows of the limiters' state whose last write is older than their window plus one bucket (ticks are 100 ns, so
    /// ticks / 10 are microseconds); a cleared row (no payload) counts nothing and goes too.
    /// </summary>
    public const string SweepSql = """
        DELETE FROM orleansstorage
        WHERE serviceid = @service AND graintypestring = @state
          AND updated_at < @now - CASE WHEN payloadbinary IS NULL THEN interval '0'
              ELSE (((convert_from(payloadbinary, 'UTF8')::jsonb ->> 'WindowTicks')::bigint
                   + (convert_from(payloadbinary, 'UTF8')::jsonb ->> 'BucketTicks')::bigint) / 10) * interval '1 microsecond' END
        """;

    /// <summary>The sweep as a plannable statement.</summary>
    public static SqlStatement Sweep(string serviceId, DateTimeOffset now) =>
        new(SweepSql, new NpgsqlParameter("service", serviceId), new NpgsqlParameter("state", RateLimiterGrain.StateName), new NpgsqlParameter("now", now));
}
