using Microsoft.Extensions.Logging;
using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;

namespace Vrss.Runtime.Messaging;

/// <summary>A call nobody waits for (a broadcast to active grains); failures are logged.</summary>
internal sealed partial class OneWayCall(GrainId target, GrainMethod method, object?[] arguments, ILogger logger)
    : Message(target, method, arguments)
{
    public override bool IsAnswered => false;

    public override void SetResult(object? result)
    {
    }

    public override void SetException(Exception exception) => LogFailed(logger, exception, Method!.Name, Target);

    [LoggerMessage(Level = LogLevel.Warning, Message = "One-way call {Method} on {GrainId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string method, GrainId grainId);
}
