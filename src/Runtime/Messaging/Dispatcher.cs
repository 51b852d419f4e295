using Vrss.Runtime.Activation;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Invocation;

namespace Vrss.Runtime.Messaging;

/// <summary>Routes every call to the activation of its grain.</summary>
internal sealed class Dispatcher(Catalog catalog, PendingCalls pending, SiloLifecycle lifecycle) : IGrainCallRuntime
{
    public Task<T> CallAsync<T>(GrainId target, GrainMethod method, object?[] arguments)
    {
        var call = new LocalCall<T>(target, method, arguments, pending);
        pending.Register(call);
        Route(call);
        return call.Task;
    }

    public void Route(Message message) => DeliverLocally(message);

    public void DeliverLocally(Message message)
    {
        if (lifecycle.IsStopped)
        {
            message.SetException(new SiloUnavailableException($"The silo is stopping; {message} was not delivered."));
            return;
        }

        try
        {
            while (!catalog.GetOrCreate(message.Target).TryEnqueue(message))
            {
                // The activation went away between lookup and enqueue: the next lookup creates a new one.
            }
        }
        catch (Exception exception)
        {
            message.SetException(exception);
        }
    }
}
