using Microsoft.Extensions.DependencyInjection;
using Vrss.Runtime.Activation;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Placement;
using Vrss.Runtime.Transport;

namespace Vrss.Runtime.Messaging;

/// <summary>
/// Routes every call to its grain's owner: the local catalog, or the owning silo over the transport. A call
/// arriving for a grain this silo does not own is forwarded (a few hops at most). A call whose silo is lost
/// fails at once, or, when the method is safe to repeat, is retried once on the new owner.
/// </summary>
internal sealed class Dispatcher(
    IServiceProvider services,
    Catalog catalog,
    PendingCalls pending,
    SiloLifecycle lifecycle,
    PlacementService placement,
    MembershipService membership) : IGrainCallRuntime
{
    private const int MaxHops = 3;

    // While silos disagree about the view (a silo joined or died a moment ago), a message can bounce between
    // them; after MaxHops it waits for the views to converge and is routed afresh, this many times at most.
    private const int MaxReroutes = 40;
    private static readonly TimeSpan s_rerouteDelay = TimeSpan.FromMilliseconds(250);

    private readonly Lazy<SiloTransport> _transport = new(services.GetRequiredService<SiloTransport>);

    public Task<T> CallAsync<T>(GrainId target, GrainMethod method, object?[] arguments)
    {
        var call = new LocalCall<T>(target, method, arguments, pending);
        pending.Register(call);
        Route(call);
        return call.Task;
    }

    public void Route(Message message)
    {
        var owner = placement.GetOwner(message.Target);
        if (owner is null)
        {
            message.SetException(new SiloUnavailableException($"No silo is active to run {message}."));
        }
        else if (owner == placement.Self)
        {
            DeliverLocally(message);
        }
        else if (message.Hops >= MaxHops)
        {
            _ = RerouteWhenViewsAgreeAsync(message);
        }
        else
        {
            if (message.Hops > 0)
            {
                // Another silo thought this one owned the grain: one of us has a stale view.
                membership.RequestProbe();
            }

            _transport.Value.SendRequest(owner, message);
        }
    }

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

    /// <summary>The silo a message was sent to is unreachable: retry a repeatable call once, fail the rest now.</summary>
    public void OnDeliveryFailed(Message message, SiloAddress? silo)
    {
        if (message.IsAnswered)
        {
            return;
        }

        if (message.Method is { IsIdempotent: true } && !message.Retried && silo is not null)
        {
            message.Retried = true;
            _ = RetryOnNewOwnerAsync(message, silo);
            return;
        }

        message.SetException(new SiloUnavailableException(
            $"Silo {silo?.ToString() ?? "(unknown)"} became unreachable during {message}; it may or may not have run."));
    }

    private async Task RerouteWhenViewsAgreeAsync(Message message)
    {
        if (++message.Reroutes > MaxReroutes || message.IsAnswered)
        {
            message.SetException(new SiloUnavailableException(
                $"{message} could not reach its owner while the cluster view changed; retry."));
            return;
        }

        membership.RequestProbe();
        await Task.Delay(s_rerouteDelay).ConfigureAwait(false);
        message.Hops = 0;
        message.SentOn = null;
        Route(message);
    }

    private async Task RetryOnNewOwnerAsync(Message message, SiloAddress lost)
    {
        try
        {
            using var timeout = new CancellationTokenSource(pending.Remaining(message));
            await membership.WaitForViewAsync(view => !view.IsActive(lost), timeout.Token).ConfigureAwait(false);
            message.SentOn = null;
            Route(message);
        }
        catch (OperationCanceledException)
        {
            message.SetException(new TimeoutException($"{message} could not be retried: silo {lost} was not replaced in time."));
        }
    }
}
