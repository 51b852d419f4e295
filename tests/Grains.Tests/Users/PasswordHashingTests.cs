using System.Buffers.Binary;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Vrss.Grains.Users;
using Xunit.Abstractions;

namespace Vrss.Grains.Tests.Users;

public sealed class PasswordHashingTests(ITestOutputHelper output)
{
    [Fact]
    public void Hash_IsPbkdf2WithAtLeast210000Iterations_AndVerifies()
    {
        var hashing = new PasswordHashing(Options.Create(new AccountOptions()));

        var watch = Stopwatch.StartNew();
        var hash = hashing.Hash("Correct-Horse-42");
        var elapsed = watch.Elapsed;

        // Identity v3 format: 0x01, PRF (uint32 BE: 2 = HMAC-SHA512), iterations (uint32 BE), salt length, salt, subkey.
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)) >= 210_000);
        Assert.Equal(PasswordVerificationResult.Success, hashing.Verify(hash, "Correct-Horse-42"));
        Assert.Equal(PasswordVerificationResult.Failed, hashing.Verify(hash, "correct-Horse-42"));
        Assert.NotEqual(hash, hashing.Hash("Correct-Horse-42"));
        output.WriteLine($"One PBKDF2 hash at {hashing.Iterations} iterations: {elapsed.TotalMilliseconds:F0} ms");
    }

    [Fact]
    public void Construction_RefusesFewerIterations()
    {
        Assert.Throws<InvalidOperationException>(() => new PasswordHashing(Options.Create(new AccountOptions { PasswordHashIterations = 100_000 })));
    }

    [Fact]
    public void OlderHashes_AskForARehash()
    {
        var old = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 })).HashPassword(new object(), "Correct-Horse-42");
        var hashing = new PasswordHashing(Options.Create(new AccountOptions()));

        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, hashing.Verify(old, "Correct-Horse-42"));
    }
}
