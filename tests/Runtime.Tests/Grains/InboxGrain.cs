using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public sealed class InboxGrain : Grain, IInboxGrain
{
    private readonly List<string> _items = [];

    public Task DeliverAsync(string item)
    {
        _items.Add(item);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> GetAsync() => Task.FromResult<IReadOnlyList<string>>([.. _items]);
}
