using System.Net;
using Vrss.WebFront.Sessions;

namespace Vrss.WebFront.Tests.Sessions;

/// <summary>What a session keeps of its client's address: the network only.</summary>
public sealed class ClientDeviceTests
{
    [Theory]
    [InlineData("203.0.113.77", "203.0.113.0")]
    [InlineData("::ffff:203.0.113.77", "203.0.113.0")]
    [InlineData("2001:db8:abcd:1234:5678::1", "2001:db8:abcd::")]
    [InlineData("::1", "::")]
    public void Network_KeepsA24OrA48(string address, string kept) =>
        Assert.Equal(kept, ClientDevice.Network(IPAddress.Parse(address)).ToString());
}
