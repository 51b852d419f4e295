using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Vrss.Grains.Protection;
using Vrss.Grains.Users;
using Vrss.Testing;
using Vrss.Testing.EndToEnd;
using Vrss.TestingHost;

namespace Vrss.WebFront.Tests.Auth;

/// <summary>Item 8 against the rows themselves: TOTP secrets encrypted at rest with a key ring every silo shares.</summary>
public sealed class PostgresSecondFactorTests(PostgresDatabaseFixture database) : SecondFactorTests, IClassFixture<PostgresDatabaseFixture>
{
    protected override void ConfigureStorage(TestClusterOptions options) => options.UsePostgresStorage(database.ConnectionString);

    [Fact]
    public async Task TotpSecret_IsStoredEncrypted_AndAnotherProcessOnTheDatabaseDecryptsIt()
    {
        var clock = new ManualTimeProvider(DateTimeOffset.UtcNow);
        await using var cluster = await StartAsync(o => o.TimeProvider = clock, silos: 2);
        using var client = Client(cluster);
        var account = await client.RegisterAsync();
        var secret = (await client.CallAsync("auth.enableTotp", new { password = account.Password })).AssertSuccess().GetProperty("secret").GetString()!;
        var raw = FromBase32(secret);

        var pending = (byte[])(await ReadAsync(account.Id, "totp_pending_secret"))!;
        AssertHides(pending, raw, secret);
        Assert.Equal(raw, OtherProcess().CreateProtector(SecondFactor.Purpose).Unprotect(pending));

        var codes = (await client.CallAsync("auth.confirmTotp", new { code = TotpCodes.At(secret, clock.GetUtcNow()) })).AssertSuccess()
            .GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList();
        var active = (byte[])(await ReadAsync(account.Id, "totp_secret"))!;
        AssertHides(active, raw, secret);
        Assert.Equal(raw, OtherProcess().CreateProtector(SecondFactor.Purpose).Unprotect(active));
        Assert.Null(await ReadAsync(account.Id, "totp_pending_secret"));
        var hashes = (byte[][])(await ReadAsync(account.Id, "totp_recovery_codes"))!;
        Assert.Equal(10, hashes.Length);
        Assert.All(hashes, h => Assert.Equal(32, h.Length));
        Assert.All(codes, c => Assert.All(hashes, h => Assert.DoesNotContain(c.Replace("-", "", StringComparison.Ordinal), Encoding.ASCII.GetString(h), StringComparison.Ordinal)));

        // Both silos sign in with it, whichever holds the account.
        foreach (var silo in cluster.Silos.Select((_, i) => i))
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            using var other = Client(cluster, silo);
            (await other.CallAsync("auth.login", new { login = account.Username, password = account.Password, totpCode = TotpCodes.At(secret, clock.GetUtcNow()) })).AssertSuccess();
        }

        // Turning two-factor off discards the secret and the recovery codes.
        clock.Advance(TimeSpan.FromSeconds(30));
        (await client.CallAsync("auth.disableTotp", new { password = account.Password, code = TotpCodes.At(secret, clock.GetUtcNow()) })).AssertSuccess();
        Assert.Null(await ReadAsync(account.Id, "totp_secret"));
        Assert.Null(await ReadAsync(account.Id, "totp_recovery_codes"));
    }

    [Fact]
    public async Task PlaintextSecretFromBeforeEncryption_StillSignsIn_AndIsEncryptedOnceTheAccountLoads()
    {
        string username;
        string userId;
        await using (var before = await StartAsync())
        {
            using var client = Client(before);
            var account = await client.RegisterAsync();
            (username, userId) = (account.Username, account.Id);
        }

        // What an older release wrote: the 20 raw bytes of the secret.
        var raw = Enumerable.Range(1, 20).Select(i => (byte)(i * 7)).ToArray();
        await using (var command = new NpgsqlCommand(
            "UPDATE users SET totp_secret = @secret, credential_version = credential_version + 1 WHERE id = @id", await database.DataSource.OpenConnectionAsync()))
        {
            command.Parameters.AddWithValue("secret", raw);
            command.Parameters.AddWithValue("id", userId);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
            await command.Connection!.DisposeAsync();
        }

        await using var after = await StartAsync();
        using var browser = Client(after);
        (await browser.CallAsync("auth.login", new { login = username, password = TestAccounts.DefaultPassword })).AssertError(401, 1003);
        (await browser.CallAsync("auth.login", new { login = username, password = TestAccounts.DefaultPassword, totpCode = TotpCodes.At(Base32.Encode(raw), DateTimeOffset.UtcNow) })).AssertSuccess();

        var stored = (byte[])(await ReadAsync(userId, "totp_secret"))!;
        AssertHides(stored, raw, Base32.Encode(raw));
        Assert.Equal(raw, OtherProcess().CreateProtector(SecondFactor.Purpose).Unprotect(stored));
    }

    private static void AssertHides(byte[] stored, byte[] raw, string base32)
    {
        Assert.True(stored.Length > raw.Length + 32, $"{stored.Length} bytes cannot be an encrypted secret");
        Assert.False(stored.AsSpan().IndexOf(raw) >= 0, "the raw secret is in the stored value");
        Assert.DoesNotContain(base32, Encoding.ASCII.GetString(stored), StringComparison.Ordinal);
    }

    // A Data Protection of its own over the same database, as another silo process would have.
    private IDataProtectionProvider OtherProcess()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Vrss:Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Vrss"] = database.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSecretProtection(configuration).BuildServiceProvider();
        return services.GetRequiredService<IDataProtectionProvider>();
    }

    private async Task<object?> ReadAsync(string userId, string column)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand($"SELECT {column} FROM users WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", userId);
        var value = await command.ExecuteScalarAsync();
        return value is DBNull ? null : value;
    }

    private static byte[] FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
