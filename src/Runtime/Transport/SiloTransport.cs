using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Vrss.Runtime.Broadcast;
using Vrss.Runtime.Core;
using Vrss.Runtime.Hosting;
using Vrss.Runtime.Invocation;
using Vrss.Runtime.Membership;
using Vrss.Runtime.Messaging;
using Vrss.Runtime.Serialization;
using Vrss.Runtime.Streams;

namespace Vrss.Runtime.Transport;

/// <summary>
/// Silo-to-silo messaging over TCP: a listener on <c>Vrss:Silo:Port</c>, one long-lived connection per peer
/// (reused in both directions), framed requests and responses correlated by id. When a connection is lost,
/// every call waiting on it is handed back to the dispatcher at once instead of waiting for its timeout.
/// </summary>
internal sealed partial class SiloTransport : ISiloLifecycleParticipant, IDisposable
{
    private static readonly TimeSpan s_connectTimeout = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<SiloAddress, Lazy<Task<SiloConnection>>> _dialled = new();
    private readonly ConcurrentDictionary<SiloAddress, SiloConnection> _accepted = new();
    private readonly ConcurrentDictionary<SiloConnection, byte> _open = new();
    private readonly MembershipService _membership;
    private readonly PendingCalls _pending;
    private readonly GrainTypeRegistry _registry;
    private readonly MessageSerializer _serializer;
    private readonly ExceptionCodec _exceptions;
    private readonly StreamHub _streams;
    private readonly SiloOptions _siloOptions;
    private readonly MembershipOptions _membershipOptions;
    private readonly ILogger<SiloTransport> _logger;
    private readonly Lazy<Dispatcher> _dispatcher;
    private readonly Lazy<ActiveGrainBroadcaster> _broadcaster;
    private readonly CancellationTokenSource _stopping = new();
    private Socket? _listener;
    private long _broadcastsSent;

    public SiloTransport(
        IServiceProvider services,
        MembershipService membership,
        PendingCalls pending,
        GrainTypeRegistry registry,
        MessageSerializer serializer,
        ExceptionCodec exceptions,
        StreamHub streams,
        IOptions<SiloOptions> siloOptions,
        IOptions<MembershipOptions> membershipOptions,
        ILogger<SiloTransport> logger)
    {
        _membership = membership;
        _pending = pending;
        _registry = registry;
        _serializer = serializer;
        _exceptions = exceptions;
        _streams = streams;
        _siloOptions = siloOptions.Value;
        _membershipOptions = membershipOptions.Value;
        _logger = logger;
        _dispatcher = new Lazy<Dispatcher>(services.GetRequiredService<Dispatcher>);
        _broadcaster = new Lazy<ActiveGrainBroadcaster>(services.GetRequiredService<ActiveGrainBroadcaster>);
    }

    public void Participate(SiloLifecycle lifecycle)
    {
        lifecycle.Subscribe(SiloStage.Transport, "transport", StartAsync, _ =>
        {
            CloseAll();
            return Task.CompletedTask;
        });
        lifecycle.OnCrash(CloseAll);
    }

    public void Dispose() => CloseAll();

    /// <summary>How many broadcast frames this silo has sent (one per destination silo per broadcast).</summary>
    public long BroadcastsSent => Interlocked.Read(ref _broadcastsSent);

    /// <summary>Sends a grain call to the silo that owns its grain.</summary>
    public void SendRequest(SiloAddress target, Message message)
    {
        if (message.CallId == 0)
        {
            _pending.Register(message);
        }

        var frame = new FrameWriter(FrameKind.Request);
        frame.WriteInt64(message.CallId);
        frame.WriteInt32(message.Hops);
        frame.WriteInt32((int)Math.Clamp(_pending.Remaining(message).TotalMilliseconds, 1, int.MaxValue));
        frame.WriteString(message.Target.Type);
        frame.WriteString(message.Target.Key);
        frame.WriteString(message.Method!.Id);
        _serializer.WriteArguments(frame.Payload, message.Method.ParameterTypes, message.Arguments);
        Send(target, frame.Complete(), message);
    }

    /// <summary>Sends a broadcast to the active grains of one silo; the answer is how many were reached.</summary>
    public void SendBroadcast(SiloAddress target, ResponseWaiter<int> waiter, string grainType, GrainMethod method, IReadOnlyList<string> keys, object?[] arguments)
    {
        _pending.Register(waiter);
        var frame = new FrameWriter(FrameKind.Broadcast);
        frame.WriteInt64(waiter.CallId);
        frame.WriteString(grainType);
        frame.WriteString(method.Id);
        frame.WriteInt32(keys.Count);
        foreach (var key in keys)
        {
            frame.WriteString(key);
        }

        _serializer.WriteArguments(frame.Payload, method.ParameterTypes, arguments);
        Interlocked.Increment(ref _broadcastsSent);
        Send(target, frame.Complete(), waiter);
    }

    /// <summary>Delivers a stream item to the subscribers on another silo (fire and forget, in order per connection).</summary>
    public void SendStreamItem(SiloAddress target, StreamId stream, string json)
    {
        var frame = new FrameWriter(FrameKind.StreamItem);
        frame.WriteString(stream.Namespace);
        frame.WriteString(stream.Key);
        frame.WriteString(json);
        Send(target, frame.Complete(), null);
    }

    public void SendResponse(SiloConnection connection, long callId, Type? type, object? result)
    {
        var frame = new FrameWriter(FrameKind.Response);
        frame.WriteInt64(callId);
        frame.WriteByte(0);
        _serializer.WriteValue(frame.Payload, result, type);
        connection.TrySend(frame.Complete());
    }

    public void SendException(SiloConnection connection, long callId, Exception exception)
    {
        var frame = new FrameWriter(FrameKind.Response);
        frame.WriteInt64(callId);
        frame.WriteByte(1);
        frame.WriteBytes(_exceptions.Serialize(exception));
        connection.TrySend(frame.Complete());
    }

    public void RemovePending(Message message)
    {
        if (message.CallId != 0)
        {
            _pending.Remove(message);
        }
    }

    private void Send(SiloAddress target, ReadOnlyMemory<byte> frame, Message? message)
    {
        var connection = TryGetOpenConnection(target);
        if (connection is not null)
        {
            SendOn(connection, frame, message);
            return;
        }

        _ = SendWhenConnectedAsync(target, frame, message);
    }

    private async Task SendWhenConnectedAsync(SiloAddress target, ReadOnlyMemory<byte> frame, Message? message)
    {
        try
        {
            SendOn(await ConnectAsync(target).ConfigureAwait(false), frame, message);
        }
        catch (Exception exception) when (exception is SocketException or OperationCanceledException or IOException or SiloUnavailableException)
        {
            LogConnectFailed(_logger, target, exception.Message);
            _membership.RequestProbe();
            if (message is not null)
            {
                _dispatcher.Value.OnDeliveryFailed(message, target);
            }
        }
    }

    private void SendOn(SiloConnection connection, ReadOnlyMemory<byte> frame, Message? message)
    {
        if (message is not null)
        {
            message.SentOn = connection;
        }

        if (!connection.TrySend(frame) && message is not null)
        {
            _dispatcher.Value.OnDeliveryFailed(message, connection.Remote);
        }
    }

    private SiloConnection? TryGetOpenConnection(SiloAddress target)
    {
        if (_dialled.TryGetValue(target, out var dialled) && dialled.IsValueCreated && dialled.Value.IsCompletedSuccessfully && !dialled.Value.Result.IsClosed)
        {
            return dialled.Value.Result;
        }

        return _accepted.TryGetValue(target, out var accepted) && !accepted.IsClosed ? accepted : null;
    }

    private Task<SiloConnection> ConnectAsync(SiloAddress target)
    {
        var lazy = _dialled.GetOrAdd(target, t => new Lazy<Task<SiloConnection>>(() => DialAsync(t)));
        var task = lazy.Value;
        if (task.IsFaulted || (task.IsCompletedSuccessfully && task.Result.IsClosed))
        {
            _dialled.TryRemove(new KeyValuePair<SiloAddress, Lazy<Task<SiloConnection>>>(target, lazy));
            lazy = _dialled.GetOrAdd(target, t => new Lazy<Task<SiloConnection>>(() => DialAsync(t)));
            task = lazy.Value;
        }

        return task;
    }

    private async Task<SiloConnection> DialAsync(SiloAddress target)
    {
        if (_stopping.IsCancellationRequested)
        {
            throw new SiloUnavailableException("This silo is stopping.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            timeout.CancelAfter(s_connectTimeout);
            await socket.ConnectAsync(target.Host, target.Port, timeout.Token).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            _dialled.TryRemove(target, out _);
            throw;
        }

        var connection = Open(socket);
        connection.Remote = target;
        var hello = new FrameWriter(FrameKind.Hello);
        hello.WriteString(_membership.Self.ToString());
        connection.TrySend(hello.Complete());
        return connection;
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        if (_membershipOptions.Provider == "Localhost")
        {
            return Task.CompletedTask;
        }

        var address = IPAddress.TryParse(_siloOptions.AdvertisedAddress, out var ip) && IPAddress.IsLoopback(ip) ? ip : IPAddress.Any;
        var listener = new Socket(SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(address, _siloOptions.Port));
        listener.Listen(512);
        _listener = listener;
        _membership.SetPort(((IPEndPoint)listener.LocalEndPoint!).Port);
        _ = Task.Run(AcceptLoopAsync, CancellationToken.None);
        LogListening(_logger, _membership.Self);
        return Task.CompletedTask;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                var socket = await _listener!.AcceptAsync(_stopping.Token).ConfigureAwait(false);
                Open(socket);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                if (_stopping.IsCancellationRequested)
                {
                    return;
                }
            }
        }
    }

    private SiloConnection Open(Socket socket)
    {
        var connection = new SiloConnection(socket, OnFrame, OnClosed);
        _open[connection] = 0;
        connection.Start();
        return connection;
    }

    private void OnClosed(SiloConnection connection)
    {
        _open.TryRemove(connection, out _);
        if (connection.Remote is { } remote)
        {
            _accepted.TryRemove(new KeyValuePair<SiloAddress, SiloConnection>(remote, connection));
            if (!_stopping.IsCancellationRequested)
            {
                LogConnectionLost(_logger, remote);
                _membership.RequestProbe();
            }
        }

        foreach (var message in _pending.Where(m => ReferenceEquals(m.SentOn, connection)))
        {
            _dispatcher.Value.OnDeliveryFailed(message, connection.Remote);
        }
    }

    private void OnFrame(SiloConnection connection, ReadOnlyMemory<byte> frame)
    {
        var reader = new FrameReader(frame.Span);
        switch (reader.ReadKind())
        {
            case FrameKind.Hello:
                var remote = SiloAddress.Parse(reader.ReadString());
                connection.Remote = remote;
                _accepted[remote] = connection;
                if (!_membership.View.IsActive(remote))
                {
                    // A silo we do not know yet is calling: it just joined, so read the table now.
                    _membership.RequestProbe();
                }

                break;
            case FrameKind.Request:
                OnRequest(connection, ref reader);
                break;
            case FrameKind.Response:
                OnResponse(ref reader);
                break;
            case FrameKind.StreamItem:
                var stream = new StreamId(reader.ReadString(), reader.ReadString());
                var json = reader.ReadString();
                _streams.DeliverLocal(stream, type => _serializer.ReadValue(System.Text.Encoding.UTF8.GetBytes(json), type));
                break;
            case FrameKind.Broadcast:
                OnBroadcast(connection, ref reader);
                break;
            default:
                throw new InvalidDataException("Unknown frame kind.");
        }
    }

    private void OnRequest(SiloConnection connection, ref FrameReader reader)
    {
        var callId = reader.ReadInt64();
        var hops = reader.ReadInt32();
        var timeoutMs = reader.ReadInt32();
        var target = new GrainId(reader.ReadString(), reader.ReadString());
        var methodId = reader.ReadString();
        if (!_registry.TryGetMethod(methodId, out var method))
        {
            SendException(connection, callId, new NotSupportedException($"This silo does not know grain method {methodId}."));
            return;
        }

        object?[] arguments;
        try
        {
            arguments = _serializer.ReadArguments(reader.ReadRest(), method.ParameterTypes);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or NotSupportedException)
        {
            SendException(connection, callId, exception);
            return;
        }

        var call = new RemoteCall(target, method, arguments, this, connection, callId)
        {
            Hops = hops + 1,
            Deadline = TimeProvider.System.GetTimestamp() + (long)(timeoutMs / 1000.0 * TimeProvider.System.TimestampFrequency),
        };
        _dispatcher.Value.Route(call);
    }

    private void OnResponse(ref FrameReader reader)
    {
        var callId = reader.ReadInt64();
        var failed = reader.ReadByte() == 1;
        if (!_pending.TryTake(callId, out var message))
        {
            return; // The caller timed out already.
        }

        if (failed)
        {
            message.SetException(_exceptions.Deserialize(reader.ReadRest()));
            return;
        }

        object? result;
        try
        {
            result = _serializer.ReadValue(reader.ReadRest(), message.ResultType);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or NotSupportedException)
        {
            message.SetException(exception);
            return;
        }

        message.SetResult(result);
    }

    private void OnBroadcast(SiloConnection connection, ref FrameReader reader)
    {
        var callId = reader.ReadInt64();
        var grainType = reader.ReadString();
        var methodId = reader.ReadString();
        var keys = new string[reader.ReadInt32()];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = reader.ReadString();
        }

        if (!_registry.TryGetMethod(methodId, out var method))
        {
            SendException(connection, callId, new NotSupportedException($"This silo does not know grain method {methodId}."));
            return;
        }

        var arguments = _serializer.ReadArguments(reader.ReadRest(), method.ParameterTypes);
        var delivered = _broadcaster.Value.DeliverLocally(grainType, keys, method, arguments);
        SendResponse(connection, callId, typeof(int), delivered);
    }

    private void CloseAll()
    {
        if (!_stopping.IsCancellationRequested)
        {
            _stopping.Cancel();
        }

        _listener?.Dispose();
        foreach (var connection in _open.Keys)
        {
            connection.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo-to-silo transport listening as {Silo}")]
    private static partial void LogListening(ILogger logger, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection to silo {Silo} lost")]
    private static partial void LogConnectionLost(ILogger logger, SiloAddress silo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not connect to silo {Silo}: {Reason}")]
    private static partial void LogConnectFailed(ILogger logger, SiloAddress silo, string reason);
}
