using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.cancelConnectionRequest</c>.</summary>
public sealed record RequestIdInput([property: FieldRequired][property: FieldId] string? RequestId);
