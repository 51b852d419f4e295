namespace Vrss.Runtime.Core;

/// <summary>
/// Marks a grain interface method as not changing state: read-only requests interleave with each other
/// (never with writes), and a read-only call is safe to retry on another silo.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class ReadOnlyAttribute : Attribute;
