namespace Vrss.Runtime.Core;

/// <summary>Marks a grain interface method whose requests interleave with any other request.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = true)]
public sealed class AlwaysInterleaveAttribute : Attribute;
