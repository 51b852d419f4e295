using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Vrss.Grains.Email;
using Vrss.TestingHost;

namespace Vrss.Testing.EndToEnd;

/// <summary>Registering, signing in and reading emails the way a user would.</summary>
public static partial class TestAccounts
{
    /// <summary>A password that meets API.md's rules.</summary>
    public const string DefaultPassword = "Correct-Horse-42";

    /// <summary>A username no other test uses (at most 30 characters).</summary>
    public static string UniqueUsername(string prefix = "user")
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var head = new string(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Take(30 - suffix.Length - 1).ToArray());
        return $"{head}_{suffix}";
    }

    /// <summary>Registers an account through <c>auth.register</c>; the client keeps its session cookie.</summary>
    public static async Task<TestAccount> RegisterAsync(this RpcClient client, string? username = null, string? password = null, string? email = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        username ??= UniqueUsername();
        password ??= DefaultPassword;
        email ??= $"{username}@example.com";
        var response = await client.CallAsync("auth.register", new { username, email, password });
        var data = response.EnsureSuccess().Data;
        return new TestAccount(data.GetProperty("user").GetProperty("id").GetString()!, username, email, password, data.GetProperty("sessionToken").GetString()!);
    }

    /// <summary>Logs in through <c>auth.login</c> and returns the new session token.</summary>
    public static async Task<string> LoginAsync(this RpcClient client, string login, string password, string? totpCode = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var response = await client.CallAsync("auth.login", new { login, password, totpCode });
        return response.EnsureSuccess().Data.GetProperty("sessionToken").GetString()!;
    }

    /// <summary>The emails sent to <paramref name="to"/>, oldest first, read from the outbox the default sender writes.</summary>
    public static Task<IReadOnlyList<OutboxMessage>> GetEmailsAsync(this TestCluster cluster, string to)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        return cluster.ServiceProvider.GetRequiredService<IEmailOutboxRepository>().ListForRecipientAsync(to);
    }

    /// <summary>The token in the newest email to <paramref name="to"/> whose subject contains <paramref name="subject"/>.</summary>
    public static async Task<string> GetEmailedTokenAsync(this TestCluster cluster, string to, string subject)
    {
        var message = (await cluster.GetEmailsAsync(to)).LastOrDefault(m => m.Subject.Contains(subject, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No email '{subject}' was sent to {to}.");
        return TokenInLink().Match(message.Body) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"The email '{message.Subject}' has no token link.");
    }

    [GeneratedRegex("token=([A-Za-z0-9_-]{43})")]
    private static partial Regex TokenInLink();
}
