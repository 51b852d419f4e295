using System.Security.Cryptography;
using System.Text;
using Npgsql;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.Security.Tests.Attacks;

/// <summary>
/// Someone who reads a database backup must not find anything that signs in: session and emailed tokens are stored
/// as SHA-256 hashes, passwords as PBKDF2 hashes.
/// </summary>
public sealed class StoredSecretsTests(PostgresDatabaseFixture database) : ProductTests, IClassFixture<PostgresDatabaseFixture>
{
    /// <inheritdoc />
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    [Fact]
    public async Task TokensAndPasswords_AreOnlyStoredAsHashes()
    {
        await using var cluster = await StartAsync();
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        (await client.CallAsync("auth.requestPasswordReset", new { email = account.Email })).AssertSuccess();
        var reset = await cluster.GetEmailedTokenAsync(account.Email, "Reset");

        foreach (var table in new[] { "sessions", "email_tokens", "users" })
        {
            var rows = await RowsAsync(table);
            Assert.NotEmpty(rows);
            Assert.DoesNotContain(rows, r => r.Contains(account.Token, StringComparison.Ordinal));
            Assert.DoesNotContain(rows, r => r.Contains(reset, StringComparison.Ordinal));
            Assert.DoesNotContain(rows, r => r.Contains(account.Password, StringComparison.Ordinal));
        }

        // What is stored is the hash a lookup needs (so the check above looked at the right rows).
        var sessionHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(account.Token)));
        Assert.Contains(await RowsAsync("sessions"), r => r.Contains(sessionHash, StringComparison.Ordinal));
    }

    private async Task<List<string>> RowsAsync(string table)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();

        // Every column as text (bytea as hex), so a secret in any column of any row shows.
        await using var command = new NpgsqlCommand($"SELECT row_to_json(t)::text FROM {table} t", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
