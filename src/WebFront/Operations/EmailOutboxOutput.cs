using Vrss.GrainInterfaces.Operations;

namespace Vrss.WebFront.Operations;

/// <summary>The output of <c>admin.getEmailOutbox</c>.</summary>
/// <param name="Items">The messages, oldest first, without their bodies.</param>
public sealed record EmailOutboxOutput(IReadOnlyList<OutboxEntry> Items);
