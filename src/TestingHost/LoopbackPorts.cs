using System.Net;
using System.Net.Sockets;

namespace Vrss.TestingHost;

/// <summary>Free TCP ports on the loopback address for a silo's listeners.</summary>
public static class LoopbackPorts
{
    /// <summary>
    /// <paramref name="count"/> distinct free ports. They are taken together, each held until all are known: asked one
    /// at a time, the system may hand the same just-released port out twice, and a silo whose HTTP and silo ports
    /// collide fails to start ("address already in use").
    /// </summary>
    public static int[] Free(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var listeners = new List<TcpListener>(count);
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listeners.Add(listener);
                listener.Start();
            }

            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Stop();
            }
        }
    }
}
