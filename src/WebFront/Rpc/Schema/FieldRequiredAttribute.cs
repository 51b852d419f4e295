namespace Vrss.WebFront.Rpc.Schema;

/// <summary>
/// Declares an input field that must be present and not null (the validator answers 400 / 1202 otherwise). Read by the
/// OpenAPI document; the contract fuzzer proves the validator refuses what the declaration refuses.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldRequiredAttribute : Attribute;
