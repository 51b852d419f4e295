using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Operations;

/// <summary>The input of <c>admin.retryEmails</c>: some failed messages (<c>ids</c>) or all of them (<c>allFailed: true</c>).</summary>
[OneOfFields("ids", "allFailed")]
public sealed record RetryEmailsInput([property: FieldItems(RetryEmailsProcedure.MaxIds)] IReadOnlyList<string?>? Ids, bool? AllFailed);
