namespace Vrss.WebFront.Rpc;

/// <summary>The input of a procedure that takes none (any object is accepted).</summary>
public sealed record EmptyInput;
