namespace Vrss.Runtime.Tests.Grains;

/// <summary>Counts overlap of requests (across awaits) and of threads (synchronous segments) in one grain.</summary>
public sealed class ProbeRecorder
{
    private int _inside;
    private int _maxInside;
    private int _running;
    private int _maxRunning;
    private int _entered;

    public async Task EnterAsync(int delayMilliseconds)
    {
        Interlocked.Increment(ref _entered);
        Max(ref _maxInside, Interlocked.Increment(ref _inside));
        Segment();
        await Task.Delay(delayMilliseconds);
        Segment();
        Interlocked.Decrement(ref _inside);
    }

    public ProbeReport Report() => new(_maxInside, _maxRunning, _entered);

    // A synchronous stretch long enough that two threads running grain code would be seen together.
    private void Segment()
    {
        Max(ref _maxRunning, Interlocked.Increment(ref _running));
        Thread.SpinWait(20_000);
        Interlocked.Decrement(ref _running);
    }

    private static void Max(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
