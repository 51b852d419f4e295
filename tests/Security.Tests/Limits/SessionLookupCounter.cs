using Vrss.GrainInterfaces.Sessions;

namespace Vrss.Security.Tests.Limits;

/// <summary>Counts the session checks that reach session grains (a grain call filter on the real runtime).</summary>
internal sealed class SessionLookupCounter : IIncomingGrainCallFilter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(ISessionGrain) && context.InterfaceMethod.Name == nameof(ISessionGrain.ValidateAsync))
        {
            Interlocked.Increment(ref _count);
        }

        return context.Invoke();
    }
}
