namespace Vrss.Runtime.Core;

/// <summary>
/// Lets an activation start a new request while others are awaiting. Turns still never run in parallel:
/// they interleave at <c>await</c> points only.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ReentrantAttribute : Attribute;
