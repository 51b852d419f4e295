namespace Vrss.WebFront.Tests.Rpc;

public sealed record FaultNested(int Year);
