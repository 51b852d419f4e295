namespace Vrss.Runtime.Transport;

/// <summary>What a frame on a silo-to-silo connection carries.</summary>
internal enum FrameKind : byte
{
    /// <summary>The first frame on a connection: the sender's silo address.</summary>
    Hello = 1,

    /// <summary>A grain call that expects a response.</summary>
    Request = 2,

    /// <summary>The answer to a request or a broadcast.</summary>
    Response = 3,

    /// <summary>A stream item for the subscribers on the receiving silo.</summary>
    StreamItem = 4,

    /// <summary>One call for many grains, delivered only to those active on the receiving silo.</summary>
    Broadcast = 5,
}
