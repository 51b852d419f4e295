using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Social;

/// <summary>The input of <c>social.respondConnection</c>.</summary>
public sealed record RespondConnectionInput([property: FieldRequired][property: FieldId] string? RequestId, [property: FieldRequired] bool? Accept);
