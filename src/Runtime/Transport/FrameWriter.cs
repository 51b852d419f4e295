using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Vrss.Runtime.Transport;

/// <summary>
/// Builds one frame: a 4-byte little-endian length, a kind byte, then fields. Strings are length-prefixed
/// UTF-8; the payload (JSON) runs to the end of the frame.
/// </summary>
internal sealed class FrameWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    public FrameWriter(FrameKind kind)
    {
        _buffer.Advance(4);
        _buffer.GetSpan(1)[0] = (byte)kind;
        _buffer.Advance(1);
    }

    public IBufferWriter<byte> Payload => _buffer;

    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.GetSpan(4), value);
        _buffer.Advance(4);
    }

    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    public void WriteByte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }

    public void WriteString(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(length);
        Encoding.UTF8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    public void WriteBytes(ReadOnlySpan<byte> bytes) => _buffer.Write(bytes);

    /// <summary>Patches the length prefix and returns the frame's bytes.</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        var memory = _buffer.WrittenMemory;
        BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshal.AsMemory(memory).Span, memory.Length - 4);
        return memory;
    }
}
