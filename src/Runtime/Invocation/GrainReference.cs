using Vrss.Runtime.Core;

namespace Vrss.Runtime.Invocation;

/// <summary>What a proxy knows: the grain it points at and the runtime that carries its calls.</summary>
internal sealed record GrainReference(GrainId GrainId, IGrainCallRuntime Runtime);
