using System.Security.Cryptography;
using System.Text;
using Vrss.GrainInterfaces.Users;

namespace Vrss.Grains.Accounts;

/// <summary>Whom a purge removes: the account's id and, when its row still exists, the names it was known by.</summary>
/// <param name="UserId">The account.</param>
/// <param name="Username">Its username, when known.</param>
/// <param name="Emails">Its address and any address an email change sent a link to (lower case).</param>
public sealed record PurgeTarget(string UserId, string? Username, IReadOnlyList<string> Emails)
{
    /// <summary>
    /// The subjects of the account's rate-limit windows as their grains are keyed (a SHA-256 of the subject, so
    /// no name is in the key): the user, and the login names it was tried under.
    /// </summary>
    public IReadOnlyList<string> RateLimitSubjectHashes()
    {
        var subjects = new List<string> { "user:" + UserId };
        if (Username is not null)
        {
            subjects.Add("name:" + UserLookupKey.ForUsername(Username));
        }

        subjects.AddRange(Emails.Select(e => "name:" + UserLookupKey.ForEmail(e)));
        return [.. subjects.Select(s => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s))))];
    }
}
