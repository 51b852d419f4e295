namespace Vrss.Security.Tests;

/// <summary>
/// Waits for something the cluster does after answering (an activation going idle). The deadline only turns a
/// hang into a failure with a message; it is not a speed requirement.
/// </summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out waiting for {what}.");
            }

            await Task.Delay(20);
        }
    }
}
