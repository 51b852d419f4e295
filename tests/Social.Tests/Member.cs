using Vrss.Testing.EndToEnd;

namespace Vrss.Social.Tests;

/// <summary>A registered user and their own client (own loopback address, own session cookie).</summary>
public sealed record Member(RpcClient Client, TestAccount Account) : IDisposable
{
    public string Id => Account.Id;

    public string Username => Account.Username;

    public void Dispose() => Client.Dispose();
}
