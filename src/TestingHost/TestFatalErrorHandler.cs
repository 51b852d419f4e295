using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Vrss.TestingHost;

/// <summary>
/// Stops the one silo that met a fatal error (for example, it was declared dead) instead of Orleans' default of
/// ending the process, which in a test cluster would end every silo and the test run with it.
/// </summary>
internal sealed partial class TestFatalErrorHandler(IServiceProvider services, ILogger<TestFatalErrorHandler> logger) : IFatalErrorHandler
{
    public bool IsUnexpected(Exception exception) => true;

    public void OnFatalException(object? sender, string? context, Exception? exception)
    {
        LogFatal(logger, exception, context ?? "");
        services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fatal error in a test silo ({Context}); stopping that silo only")]
    private static partial void LogFatal(ILogger logger, Exception? exception, string context);
}
