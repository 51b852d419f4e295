namespace Vrss.Ctl.Api;

/// <summary>No API answer: the connection failed, or the answer was not an RPC envelope.</summary>
/// <param name="message">What went wrong.</param>
/// <param name="inner">The cause.</param>
internal sealed class UnreachableException(string message, Exception? inner = null) : Exception(message, inner);
