using Microsoft.Extensions.Logging;

namespace Vrss.Testing.EndToEnd;

/// <summary>One captured log entry.</summary>
public sealed record LogEntry(LogLevel Level, string Category, string Message, Exception? Exception, IReadOnlyList<string> Scopes);
