using Microsoft.Extensions.Logging;
using Vrss.Runtime.Core;
using Vrss.Runtime.Messaging;

namespace Vrss.Runtime.Timers;

/// <summary>A timer's tick, delivered as a turn of its activation.</summary>
internal sealed partial class TimerTick(GrainTimer timer) : Message(timer.Activation.GrainId, null, [])
{
    public override bool KeepsAlive => false;

    public override bool IsAnswered => false;

    public override Task Invoke(Grain grain) => timer.InvokeCallback();

    public override void SetResult(object? result) => timer.TickFinished();

    public override void SetException(Exception exception)
    {
        timer.TickFinished();
        LogTimerFailed(timer.Activation.Catalog.Logger, exception, Target);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A timer callback of {GrainId} failed")]
    private static partial void LogTimerFailed(ILogger logger, Exception exception, GrainId grainId);
}
