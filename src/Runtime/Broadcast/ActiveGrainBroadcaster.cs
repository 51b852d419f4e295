using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vrss.Runtime.Activation;
using Vrss.Runtime.Core;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Messaging;
using Vrss.Runtime.Placement;
using Vrss.Runtime.Transport;

namespace Vrss.Runtime.Broadcast;

/// <inheritdoc />
internal sealed class ActiveGrainBroadcaster(
    IServiceProvider services,
    GrainTypeRegistry registry,
    Catalog catalog,
    PlacementService placement,
    PendingCalls pending,
    ILogger<ActiveGrainBroadcaster> logger) : IActiveGrainBroadcaster
{
    private readonly Lazy<SiloTransport> _transport = new(services.GetRequiredService<SiloTransport>);

    public async Task<int> SendToActiveAsync<TGrain>(IReadOnlyCollection<string> keys, Expression<Func<TGrain, Task>> call)
        where TGrain : IGrainWithStringKey
    {
        if (call.Body is not MethodCallExpression body || body.Object != call.Parameters[0])
        {
            throw new ArgumentException("The call must be a method of the grain, such as g => g.AddAsync(item).", nameof(call));
        }

        var info = registry.GetInterface(typeof(TGrain));
        var method = info.GetMethod(body.Method);
        var arguments = body.Arguments.Select(Evaluate).ToArray();
        var grainType = info.GrainClass.GrainType;

        var delivered = 0;
        var remote = new List<Task<int>>();
        foreach (var group in keys.GroupBy(k => placement.GetOwner(new GrainId(grainType, k))))
        {
            if (group.Key is null)
            {
                continue;
            }

            if (group.Key == placement.Self)
            {
                delivered += DeliverLocally(grainType, group, method, arguments);
            }
            else
            {
                var waiter = new ResponseWaiter<int>(pending);
                _transport.Value.SendBroadcast(group.Key, waiter, grainType, method, [.. group], arguments);
                remote.Add(waiter.Task);
            }
        }

        foreach (var task in remote)
        {
            try
            {
                delivered += await task.ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is SiloUnavailableException or TimeoutException)
            {
                // A silo that died took its active grains with it: nothing there to deliver to.
            }
        }

        return delivered;
    }

    /// <summary>Enqueues the call on every key that has an active activation on this silo.</summary>
    public int DeliverLocally(string grainType, IEnumerable<string> keys, GrainMethod method, object?[] arguments)
    {
        var delivered = 0;
        foreach (var key in keys)
        {
            var id = new GrainId(grainType, key);
            if (catalog.TryGet(id, out var activation) && activation.TryEnqueue(new OneWayCall(id, method, arguments, logger)))
            {
                delivered++;
            }
        }

        return delivered;
    }

    // Arguments are usually constants or captured variables: read them without compiling an expression.
    private static object? Evaluate(Expression expression) => expression switch
    {
        ConstantExpression constant => constant.Value,
        MemberExpression { Member: FieldInfo field } member => field.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        MemberExpression { Member: PropertyInfo property } member => property.GetValue(member.Expression is null ? null : Evaluate(member.Expression)),
        UnaryExpression { NodeType: ExpressionType.Convert } convert => Evaluate(convert.Operand),
        _ => Expression.Lambda(expression).Compile().DynamicInvoke(),
    };
}
