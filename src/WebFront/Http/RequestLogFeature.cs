namespace Vrss.WebFront.Http;

/// <summary>What the access log line of a request says beyond HTTP: filled in by the RPC endpoint as it learns it.</summary>
public sealed class RequestLogFeature
{
    /// <summary>The procedure called, when the envelope named a known one.</summary>
    public string? Procedure { get; set; }

    /// <summary>The client's <c>context.correlationId</c>, when it sent a usable one.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>How the envelope answered: <c>ok</c>, or the error code.</summary>
    public string? Outcome { get; set; }

    /// <summary>The rate-limit policy that refused the request, if one did.</summary>
    public string? RefusedBy { get; set; }
}
