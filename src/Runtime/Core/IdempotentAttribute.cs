namespace Vrss.Runtime.Core;

/// <summary>
/// Marks a grain interface method as safe to run twice: when its target silo dies mid-call, the runtime
/// retries it once on the grain's new owner.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class IdempotentAttribute : Attribute;
