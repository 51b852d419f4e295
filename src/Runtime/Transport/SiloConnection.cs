using System.Buffers;
using System.Buffers.Binary;
using System.IO.Pipelines;
using System.Net.Sockets;
using System.Threading.Channels;
using Vrss.Runtime.Membership;

namespace Vrss.Runtime.Transport;

/// <summary>
/// One long-lived TCP connection to another silo, multiplexing every call in both directions: frames carry
/// correlation ids, so many calls are in flight at once. Senders queue frames; one writer loop copies
/// whatever is queued into the pipe and flushes once, so bursts share system calls.
/// </summary>
internal sealed class SiloConnection : IAsyncDisposable
{
    // A frame larger than this is a protocol error, not a message: close rather than allocate it.
    private const int MaxFrameLength = 64 * 1024 * 1024;

    private readonly Socket _socket;
    private readonly NetworkStream _stream;
    private readonly PipeReader _reader;
    private readonly PipeWriter _writer;
    private readonly Channel<ReadOnlyMemory<byte>> _outgoing =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Action<SiloConnection, ReadOnlyMemory<byte>> _onFrame;
    private readonly Action<SiloConnection> _onClosed;
    private int _closing;

    public SiloConnection(Socket socket, Action<SiloConnection, ReadOnlyMemory<byte>> onFrame, Action<SiloConnection> onClosed)
    {
        socket.NoDelay = true;
        _socket = socket;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 64 * 1024));
        _writer = PipeWriter.Create(_stream, new StreamPipeWriterOptions(minimumBufferSize: 64 * 1024));
        _onFrame = onFrame;
        _onClosed = onClosed;
    }

    /// <summary>The silo at the other end, once known (from its Hello, or because we dialled it).</summary>
    public SiloAddress? Remote { get; set; }

    public Task Closed => _closed.Task;

    public bool IsClosed => Volatile.Read(ref _closing) == 1;

    public void Start()
    {
        _ = Task.Run(ReadLoopAsync);
        _ = Task.Run(WriteLoopAsync);
    }

    /// <summary>Queues a frame; false once the connection is closing.</summary>
    public bool TrySend(ReadOnlyMemory<byte> frame) => !IsClosed && _outgoing.Writer.TryWrite(frame);

    /// <summary>Closes at once: pending sends are dropped (a crash, or the end of the connection).</summary>
    public void Abort()
    {
        if (Interlocked.Exchange(ref _closing, 1) == 1)
        {
            return;
        }

        _outgoing.Writer.TryComplete();
        try
        {
            _socket.Close(0);
        }
        catch (ObjectDisposedException)
        {
            // Already closed.
        }

        _closed.TrySetResult();
        _onClosed(this);
    }

    public ValueTask DisposeAsync()
    {
        Abort();
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override string ToString() => $"connection to {Remote?.ToString() ?? _socket.RemoteEndPoint?.ToString()}";

    private async Task WriteLoopAsync()
    {
        try
        {
            var reader = _outgoing.Reader;
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                while (reader.TryRead(out var frame))
                {
                    _writer.Write(frame.Span);
                }

                var result = await _writer.FlushAsync().ConfigureAwait(false);
                if (result.IsCompleted || result.IsCanceled)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // The peer went away; the read loop or Abort reports the loss.
        }
        finally
        {
            Abort();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var result = await _reader.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                while (TryReadFrame(ref buffer, out var frame))
                {
                    _onFrame(this, frame);
                }

                _reader.AdvanceTo(buffer.Start, buffer.End);
                if (result.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or InvalidDataException or InvalidOperationException)
        {
            // Lost or corrupt connection: closed below.
        }
        finally
        {
            Abort();
        }
    }

    private static bool TryReadFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlyMemory<byte> frame)
    {
        frame = default;
        if (buffer.Length < 4)
        {
            return false;
        }

        Span<byte> prefix = stackalloc byte[4];
        buffer.Slice(0, 4).CopyTo(prefix);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        if (length is <= 0 or > MaxFrameLength)
        {
            throw new InvalidDataException($"Frame length {length} is out of range.");
        }

        if (buffer.Length < 4 + length)
        {
            return false;
        }

        frame = buffer.Slice(4, length).ToArray();
        buffer = buffer.Slice(4 + length);
        return true;
    }
}
