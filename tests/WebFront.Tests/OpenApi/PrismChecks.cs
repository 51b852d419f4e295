using Vrss.Testing.EndToEnd;

namespace Vrss.WebFront.Tests.OpenApi;

/// <summary>What a Prism violation looks like to a client.</summary>
internal static class PrismChecks
{
    /// <summary>Fails when Prism, not the silo, answered (a problem document, or a violations header).</summary>
    public static RpcResponse Checked(this RpcResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.True(response.Header("sl-violations") is null, "Prism reported violations: " + response.Header("sl-violations"));
        Assert.False(
            response.Body.Contains("stoplight.io/prism/errors", StringComparison.Ordinal),
            $"Prism refused the exchange ({response.StatusCode}): {response.Body}");
        return response;
    }
}
