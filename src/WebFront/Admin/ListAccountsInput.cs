using Vrss.GrainInterfaces.Moderation;
using Vrss.WebFront.Rpc.Schema;

namespace Vrss.WebFront.Admin;

/// <summary>The input of <c>admin.listAccounts</c>.</summary>
public sealed record ListAccountsInput(
    [property: FieldText(1, 100)] string? Query,
    AccountRole? Role,
    AccountStatus? Status,
    [property: FieldText(0, 512, LengthCode = ErrorCode.InvalidFormat)] string? Cursor,
    [property: FieldRange(1, 100)] int? Limit);
