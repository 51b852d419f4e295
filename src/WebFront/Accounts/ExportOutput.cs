namespace Vrss.WebFront.Accounts;

/// <summary>The data <c>{ export }</c>.</summary>
public sealed record ExportOutput(ExportShape Export);
