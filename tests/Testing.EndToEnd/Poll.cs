using Xunit;

namespace Vrss.Testing.EndToEnd;

/// <summary>
/// Waits for something the cluster does after answering and that sends no signal (an activation going idle, a
/// counter the test cannot subscribe to). The deadline only turns a hang into a failure with a message; it is not a
/// speed requirement.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan s_deadline = TimeSpan.FromSeconds(30);

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static Task UntilAsync(Func<bool> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        return UntilAsync(() => Task.FromResult(condition()), what);
    }

    /// <summary>Waits until <paramref name="condition"/> holds.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + s_deadline;
        while (!await condition().ConfigureAwait(false))
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(20).ConfigureAwait(false);
        }
    }
}
