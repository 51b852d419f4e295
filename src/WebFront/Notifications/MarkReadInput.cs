using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Notifications;

/// <summary>The input of <c>notification.markRead</c>: <c>ids</c>, or <c>all: true</c>.</summary>
/// <param name="Ids">The notifications to mark read (at most 1000; ids of others' notifications are ignored).</param>
/// <param name="All">True to mark every notification read.</param>
[InputRule("Give ids (each 1-100 characters, not blank) or all: true.")]
public sealed record MarkReadInput([property: FieldItems(MarkReadProcedure.MaxIds)] IReadOnlyList<string?>? Ids, bool? All);
