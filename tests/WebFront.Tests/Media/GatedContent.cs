using System.Net;
using System.Net.Http.Headers;

namespace Vrss.WebFront.Tests.Media;

/// <summary>
/// A request body sent in two halves: the first at once, the second when <paramref name="gate"/> opens, so two
/// bodies can be made to be in flight together. Without a known length it goes chunked.
/// </summary>
internal sealed class GatedContent : HttpContent
{
    private readonly byte[] _bytes;
    private readonly Task _gate;
    private readonly bool _knownLength;
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public GatedContent(byte[] bytes, string contentType, Task gate, bool knownLength = true)
    {
        _bytes = bytes;
        _gate = gate;
        _knownLength = knownLength;
        Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
    }

    /// <summary>Completes once the first half is on the wire.</summary>
    public Task Started => _started.Task;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var half = _bytes.Length / 2;
        await stream.WriteAsync(_bytes.AsMemory(0, half));
        await stream.FlushAsync();
        _started.TrySetResult();
        await _gate;
        await stream.WriteAsync(_bytes.AsMemory(half));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = _bytes.Length;
        return _knownLength;
    }
}
