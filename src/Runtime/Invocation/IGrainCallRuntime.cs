using Vrss.Runtime.Core;

namespace Vrss.Runtime.Invocation;

/// <summary>Carries a call from a proxy to wherever its grain lives.</summary>
internal interface IGrainCallRuntime
{
    Task<T> CallAsync<T>(GrainId target, GrainMethod method, object?[] arguments);
}
