using Vrss.Ctl.Api;

namespace Vrss.Ctl.Auth;

/// <summary>
/// Where to call and with which token: <c>--url</c>, else VRSS_URL, else the credentials file; VRSS_TOKEN, else the
/// credentials file. The token is never an argument, so it stays out of shell history and process lists.
/// </summary>
internal static class Connection
{
    public static ApiClient Open(CtlEnvironment environment, string? urlOption)
    {
        var stored = new CredentialStore(environment.ConfigDirectory).Load();
        var url = urlOption ?? NonEmpty(environment.Variable("VRSS_URL")) ?? stored?.Url
            ?? throw new UsageException("No silo URL: set VRSS_URL, pass --url, or run 'vrssctl login'.");
        var token = NonEmpty(environment.Variable("VRSS_TOKEN")) ?? stored?.Token
            ?? throw new UsageException("No session token: set VRSS_TOKEN to an admin's session token, or run 'vrssctl login'.");
        return new ApiClient(BaseUri(url), token, environment.Http);
    }

    public static Uri BaseUri(string url)
    {
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException($"'{url}' is not an http(s) URL.");
        }

        return uri;
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
