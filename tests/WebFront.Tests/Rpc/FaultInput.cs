namespace Vrss.WebFront.Tests.Rpc;

public sealed record FaultInput(string? Kind, int Number, bool Flag, IReadOnlyList<string>? Tags, FaultNested? Nested, DateTimeOffset? At);
