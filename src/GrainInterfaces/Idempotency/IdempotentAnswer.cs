namespace Vrss.GrainInterfaces.Idempotency;

/// <summary>A recorded answer: its HTTP status and, as JSON text, its <c>data</c> (200) or its <c>error</c> object.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Json">The envelope's <c>data</c> (status 200) or <c>error</c> (any other status).</param>
[GenerateSerializer, Immutable]
public sealed record IdempotentAnswer(int Status, string Json);
