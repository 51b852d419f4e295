using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Vrss.Silo.Hosting;

/// <summary>Says at every start that this silo talks to its peers in plain text, and why that was allowed.</summary>
internal sealed partial class PlaintextSiloWarning(IOptions<EndpointOptions> endpoint, ILogger<PlaintextSiloWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogPlaintext(logger, endpoint.Value.AdvertisedIPAddress?.ToString() ?? "?");
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo-to-silo traffic on {Address} is NOT encrypted or authenticated: Vrss:Silo:AllowPlaintext=true and no Vrss:Silo:Tls:CertificatePath. Anyone who can reach the silo port can call any grain.")]
    private static partial void LogPlaintext(ILogger logger, string address);
}
