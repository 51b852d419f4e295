namespace Vrss.Runtime.Tests.Grains;

/// <summary>Holds grain calls until the test opens it.</summary>
public sealed class Gate
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task WaitAsync() => _open.Task;

    public void Open() => _open.TrySetResult();
}
