using System.Buffers.Binary;
using System.Text;

namespace Vrss.Runtime.Transport;

/// <summary>Reads the fields of one frame (without its length prefix) in the order <see cref="FrameWriter"/> wrote them.</summary>
internal ref struct FrameReader(ReadOnlySpan<byte> frame)
{
    private readonly ReadOnlySpan<byte> _frame = frame;
    private int _position;

    public FrameKind ReadKind() => (FrameKind)ReadByte();

    public byte ReadByte() => _frame[_position++];

    public int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(_frame[_position..]);
        _position += 4;
        return value;
    }

    public long ReadInt64()
    {
        var value = BinaryPrimitives.ReadInt64LittleEndian(_frame[_position..]);
        _position += 8;
        return value;
    }

    public string ReadString()
    {
        var length = ReadInt32();
        var value = Encoding.UTF8.GetString(_frame.Slice(_position, length));
        _position += length;
        return value;
    }

    public ReadOnlySpan<byte> ReadRest()
    {
        var rest = _frame[_position..];
        _position = _frame.Length;
        return rest;
    }
}
