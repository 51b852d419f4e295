namespace Vrss.GrainInterfaces.Users;

/// <summary>The key format of <see cref="IUserLookupGrain"/>: one grain per normalised username or email.</summary>
public static class UserLookupKey
{
    /// <summary>The key for a username (compared in lower case).</summary>
    public static string ForUsername(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        return "u:" + username.Trim().ToLowerInvariant();
    }

    /// <summary>The key for an email address (compared in lower case).</summary>
    public static string ForEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return "e:" + NormalizeEmail(email);
    }

    /// <summary>The key for what a user typed as their login: an email when it has an <c>@</c>, else a username.</summary>
    public static string ForLogin(string login)
    {
        ArgumentNullException.ThrowIfNull(login);
        return login.Contains('@', StringComparison.Ordinal) ? ForEmail(login) : ForUsername(login);
    }

    /// <summary>The form in which emails are compared and kept unique.</summary>
    public static string NormalizeEmail(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        return email.Trim().ToLowerInvariant();
    }
}
