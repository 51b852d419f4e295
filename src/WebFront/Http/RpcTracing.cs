using System.Diagnostics;

namespace Vrss.WebFront.Http;

/// <summary>
/// The span of one RPC call, named <c>rpc {procedure}</c> (a known procedure's name only, so span names stay few),
/// on the <c>Vrss</c> activity source. The grain calls the procedure makes, and their storage commands, are its
/// descendants when traces are exported. Without a listener no span is made.
/// </summary>
public static class RpcTracing
{
    /// <summary>The activity source, named like the <c>Vrss</c> meter.</summary>
    public const string SourceName = RpcMetrics.MeterName;

    private static readonly ActivitySource s_source = new(SourceName);

    /// <summary>Starts the span of a call to <paramref name="procedure"/>, or returns null when nobody listens.</summary>
    public static Activity? Start(string procedure)
    {
        var activity = s_source.StartActivity($"rpc {procedure}", ActivityKind.Internal);
        activity?.SetTag("rpc.system", "vrss");
        activity?.SetTag("rpc.method", procedure);
        return activity;
    }

    /// <summary>Marks the span failed with the wire code it answered.</summary>
    public static void Failed(Activity? activity, int code)
    {
        activity?.SetTag("vrss.error.code", code);
        activity?.SetStatus(ActivityStatusCode.Error, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
