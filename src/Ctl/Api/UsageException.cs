namespace Vrss.Ctl.Api;

/// <summary>vrssctl cannot run the command as asked (no URL or token, a bad argument).</summary>
/// <param name="message">What to fix.</param>
internal sealed class UsageException(string message) : Exception(message);
