using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Operations;

/// <summary>The input of <c>admin.getEmailOutbox</c>.</summary>
/// <param name="Status">Only <c>queued</c> or only <c>failed</c> messages; both when absent.</param>
/// <param name="Limit">At most this many (default 100, at most 1000).</param>
public sealed record EmailOutboxInput(
    [property: FieldEnum("queued", "failed")] string? Status,
    [property: FieldRange(1, 1000)] int? Limit);
