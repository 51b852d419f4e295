using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Vrss.Grains.Protection;

/// <summary>
/// Makes sure the shared key ring has a key before the silo serves. Silos starting together on an empty table would
/// otherwise each create a first key of their own, and a secret encrypted on one would be unreadable on another until
/// their key rings refresh; a PostgreSQL advisory lock lets exactly one of them create it.
/// </summary>
public sealed class KeyRingInitializer(IKeyManager keys, NpgsqlDataSource dataSource, TimeProvider time) : IHostedService
{
    // An arbitrary constant naming this lock among the database's advisory locks.
    private const long LockKey = 0x5652_5353_4450_4b31;

    // Data Protection's own default lifetime for a key; it rolls keys itself from then on.
    private static readonly TimeSpan s_keyLifetime = TimeSpan.FromDays(90);

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            command.Parameters.AddWithValue("key", LockKey);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var now = time.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + s_keyLifetime);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
