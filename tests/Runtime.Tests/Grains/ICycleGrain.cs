using Vrss.Runtime.Core;

namespace Vrss.Runtime.Tests.Grains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="otherKey"/>, which calls back: a cycle between two non-reentrant grains.</summary>
    Task<string> CallThroughAsync(string otherKey);

    Task<string> CallBackAsync(string originKey);

    Task<string> EchoAsync(string text);
}
