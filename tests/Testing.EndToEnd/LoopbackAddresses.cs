using System.Net;

namespace Vrss.Testing.EndToEnd;

/// <summary>
/// Distinct client addresses on loopback (all of 127.0.0.0/8 reaches a server on 127.0.0.1 on Linux), so that
/// per-IP rate limits of one test do not see another test's requests.
/// </summary>
public static class LoopbackAddresses
{
    private static int s_next = Random.Shared.Next(1, 1 << 20);

    /// <summary>An address no other client of this process has been given.</summary>
    public static IPAddress Next()
    {
        var n = Interlocked.Increment(ref s_next) & 0xFFFFFF;
        var b1 = (byte)(n >> 16);
        var b2 = (byte)(n >> 8);
        var b3 = (byte)n;
        // Avoid 127.0.0.1 itself, and .0 / .255 endings some stacks treat specially.
        if (b3 is 0 or 255 || (b1 == 0 && b2 == 0 && b3 == 1))
        {
            return Next();
        }

        return new IPAddress([127, b1, b2, b3]);
    }
}
